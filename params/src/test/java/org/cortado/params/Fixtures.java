package org.cortado.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/** Test YAML files under src/test/resources/org/cortado/params, loaded as files by path. */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fixtures merged in order, without the defaults. */
  static Params load(String... names) {
    return ParamsLoader.empty()
        .files(Arrays.stream(names).map(Fixtures::path).collect(Collectors.toList()))
        .load();
  }

  /** Asserts that {@code action} fails with {@code problem} and returns the exception. */
  static ParamsException fails(ParamsProblem problem, Executable action) {
    ParamsException e = assertThrows(ParamsException.class, action);
    assertEquals(problem, e.problem(), e.getMessage());
    return e;
  }

  /** The location a fixture line is reported at. */
  static SourceLocation at(String name, int line) {
    return new SourceLocation(path(name).toString(), line);
  }
}
