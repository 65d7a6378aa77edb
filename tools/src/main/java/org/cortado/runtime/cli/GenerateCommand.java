package org.cortado.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cortado.rootio.Compression;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cortado generate --sample dy --events N --seed S --compression lz4 -o FILE}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a deterministic toy NanoAOD file (Drell-Yan, ttbar or collision data).")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--sample", required = true, description = "dy, ttbar or data")
  String sample;

  @Option(names = "--events", required = true, description = "number of events")
  long events;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--compression", defaultValue = "lz4", description = "none, zlib, lzma, lz4 or zstd (default: ${DEFAULT-VALUE})")
  String compression;

  @Option(names = "--level", defaultValue = "4", description = "compression level 1-9 (default: ${DEFAULT-VALUE})")
  int level;

  @Option(names = "--basket-size", defaultValue = "65536", description = "basket size in bytes (default: ${DEFAULT-VALUE})")
  int basketBytes;

  @Option(names = "--auto-flush", defaultValue = "-30000000", description = "where clusters end, as ROOT's"
      + " TTree::SetAutoFlush: N > 0 every N entries, N < 0 once -N compressed bytes are written and then every"
      + " as many entries, 0 no clusters (default: ${DEFAULT-VALUE}, ROOT's)")
  long autoFlush;

  @Option(names = {"-o", "--output"}, required = true, description = "output ROOT file (written atomically)")
  Path output;

  @Option(names = "--golden-json", description = "also write the golden JSON (certified lumi sections) of the data runs")
  Path goldenJson;

  @Option(names = "--quiet", description = "no progress lines")
  boolean quiet;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws Exception {
    Sample s = parse(Sample.class, sample, "--sample", "dy, ttbar or data");
    Compression c = parse(Compression.class, compression, "--compression",
        "none, zlib, lzma, lz4 or zstd");
    WriteOptions options = new WriteOptions(c, c == Compression.NONE ? 0 : level, basketBytes, autoFlush);
    PrintWriter out = spec.commandLine().getOut();
    NanoGenerator.Result r = NanoGenerator.generate(s, events, seed, options, output,
        n -> {
          if (!quiet) {
            spec.commandLine().getErr().printf("generated %,d events%n", n);
          }
        });
    out.printf(Locale.ROOT, "%s: %,d %s events, %,d bytes, %.1f s (%,.0f events/s)%n", r.file(), r.events(),
        s.name().toLowerCase(Locale.ROOT), r.bytes(), r.seconds(), r.eventsPerSecond());
    if (goldenJson != null) {
      NanoGenerator.writeGoldenJson(goldenJson);
      out.printf("%s: golden JSON of the generated data runs%n", goldenJson);
    }
    return 0;
  }

  /** The constant of {@code type} named {@code text} in any case; the error names the option. */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String option, String accepted) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " '" + text + "' is not one of " + accepted);
    }
  }
}
