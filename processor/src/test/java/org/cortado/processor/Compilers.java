package org.cortado.processor;

import com.google.testing.compile.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one compiler configuration tests use: our processor, -Xlint:all, and the runtime's own
 * sources on the source path so generated kernels compile against the real runtime contract
 * (the processor module does not depend on the runtime jar).
 */
public final class Compilers {
  /** The runtime sources, from the sibling module. */
  public static final Path RUNTIME_SOURCES = locate();

  /** Test parameter files ({@code src/test/resources/params}), given as -Acortado.paramsPath. */
  public static final Path PARAMS_DIR = paramsDir();

  private Compilers() {}

  public static Compiler cortado(String... extraOptions) {
    String[] base = {"-Xlint:all,-processing", "-implicit:none", "-sourcepath",
        RUNTIME_SOURCES.toString(), "-Acortado.paramsPath=" + PARAMS_DIR};
    String[] all = new String[base.length + extraOptions.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extraOptions, 0, all, base.length, extraOptions.length);
    return Compiler.javac().withProcessors(new AnalysisProcessor()).withOptions((Object[]) all);
  }

  private static Path paramsDir() {
    try {
      return Path.of(Compilers.class.getClassLoader().getResource("params").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path locate() {
    for (Path p : new Path[] {Path.of("../runtime/src/main/java"), Path.of("runtime/src/main/java")}) {
      if (Files.isDirectory(p.resolve("org/cortado/runtime/kernel"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException("cannot find runtime/src/main/java from " + Path.of("").toAbsolutePath());
  }
}
