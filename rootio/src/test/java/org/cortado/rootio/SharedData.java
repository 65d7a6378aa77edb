package org.cortado.rootio;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only fixtures in {@code ../shared/data} beside the project. Surefire passes the
 * folder as {@code cortado.shared.dir}; a test that needs a missing file is skipped, not failed, because
 * a user's fresh clone does not have the folder.
 */
final class SharedData {
  private SharedData() {}

  static Path dir() {
    String configured = System.getProperty("cortado.shared.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    return Path.of("").toAbsolutePath().getParent().resolve("shared");
  }

  static Path root(String name) {
    return require(dir().resolve("data").resolve("root").resolve(name));
  }

  static Path parquet(String name) {
    return require(dir().resolve("data").resolve("parquet").resolve(name));
  }

  private static Path require(Path file) {
    assumeTrue(Files.isRegularFile(file),
        "skipped: shared test data " + file + " is absent (the ../shared folder is not beside the project)");
    return file;
  }
}
