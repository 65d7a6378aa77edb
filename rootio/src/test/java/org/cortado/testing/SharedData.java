package org.cortado.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shared by the test suites of all modules (through rootio's test jar): locates the read-only fixtures in {@code ../shared/data} beside the project. Surefire passes the
 * folder as {@code cortado.shared.dir}; a test that needs a missing file is skipped, not failed, because
 * a user's fresh clone does not have the folder.
 */
public final class SharedData {
  private SharedData() {}

  public static Path dir() {
    String configured = System.getProperty("cortado.shared.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    return Path.of("").toAbsolutePath().getParent().resolve("shared");
  }

  public static Path root(String name) {
    return require(dir().resolve("data").resolve("root").resolve(name));
  }

  public static Path parquet(String name) {
    return require(dir().resolve("data").resolve("parquet").resolve(name));
  }

  /** Any file below {@code ../shared/data}, e.g. {@code corrections/puWeights_2024.json.gz}. */
  public static Path data(String relative) {
    return require(dir().resolve("data").resolve(relative));
  }

  private static Path require(Path file) {
    assumeTrue(Files.isRegularFile(file),
        "skipped: shared test data " + file + " is absent (the ../shared folder is not beside the project)");
    return file;
  }
}
