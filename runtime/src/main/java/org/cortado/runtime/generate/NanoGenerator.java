package org.cortado.runtime.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.cortado.rootio.write.RootWriter;
import org.cortado.rootio.write.WriteOptions;

/** Writes a deterministic toy NanoAOD file: {@code Events} tree, one sample, one seed. */
public final class NanoGenerator {
  private NanoGenerator() {}

  /** What a generation run produced. */
  public record Result(Path file, long events, long bytes, double seconds) {
    public double eventsPerSecond() {
      return events / Math.max(seconds, 1e-9);
    }
  }

  /**
   * Generates {@code events} events of {@code sample} with {@code seed} into {@code out}, atomically.
   * {@code progress} receives the number of events written so far every 100 000 events.
   */
  public static Result generate(Sample sample, long events, long seed, WriteOptions options, Path out,
      LongConsumer progress) throws IOException {
    if (events < 0) {
      throw new IllegalArgumentException("--events must not be negative");
    }
    long start = System.nanoTime();
    long bytes;
    try (RootWriter writer = RootWriter.create(out, options)) {
      NanoFileWriter file = new NanoFileWriter(writer.tree("Events", "Events"), sample.isMC());
      EventGenerator generator = new EventGenerator(sample, seed);
      Event event = new Event();
      for (long i = 0; i < events; i++) {
        generator.next(event, i);
        file.write(event);
        if ((i + 1) % 100_000 == 0) {
          progress.accept(i + 1);
        }
      }
      writer.commit();
      bytes = writer.bytesWritten();
    }
    return new Result(out, events, bytes, (System.nanoTime() - start) / 1e9);
  }
}
