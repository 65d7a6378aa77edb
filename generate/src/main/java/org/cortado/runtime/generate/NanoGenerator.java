package org.cortado.runtime.generate;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.cortado.rootio.write.RootWriter;
import org.cortado.rootio.write.WriteOptions;

/**
 * Writes a deterministic toy NanoAOD file: {@code Events} tree, one sample, one seed. Events are
 * drawn on a second thread while the ones before are written ({@link EventPipeline}).
 */
public final class NanoGenerator {
  private NanoGenerator() {}

  /**
   * Writes the golden JSON of the generated data: the certified lumi-section ranges of the runs
   * {@link Sample#DATA} events are drawn from, in CMS's format ({"run": [[first, last], ...]}).
   */
  public static void writeGoldenJson(Path out) throws IOException {
    StringBuilder json = new StringBuilder("{");
    for (int r = 0; r < EventGenerator.DATA_RUNS.length; r++) {
      long[][] run = EventGenerator.DATA_RUNS[r];
      json.append(r == 0 ? "" : ",").append("\n \"").append(run[0][0]).append("\": [");
      for (int i = 1; i < run.length; i++) {
        json.append(i == 1 ? "" : ", ").append('[').append(run[i][0]).append(", ").append(run[i][1]).append(']');
      }
      json.append(']');
    }
    json.append("\n}\n");
    Path dir = out.toAbsolutePath().getParent();
    java.nio.file.Files.createDirectories(dir);
    Path tmp = java.nio.file.Files.createTempFile(dir, "." + out.getFileName(), ".partial");
    try {
      java.nio.file.Files.writeString(tmp, json);
      java.nio.file.Files.move(tmp, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
  }

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
    try (RootWriter writer = RootWriter.create(out, options);
        EventPipeline pipeline = new EventPipeline(new EventGenerator(sample, seed)::next, events)) {
      NanoFileWriter file = new NanoFileWriter(writer.tree("Events", "Events"), sample.isMC());
      for (long i = 0; i < events; i++) {
        file.write(pipeline.next());
        if ((i + 1) % 100_000 == 0) {
          progress.accept(i + 1);
        }
      }
      writer.commit();
      bytes = writer.bytesWritten();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("generation of " + out + " was interrupted");
    }
    return new Result(out, events, bytes, (System.nanoTime() - start) / 1e9);
  }
}
