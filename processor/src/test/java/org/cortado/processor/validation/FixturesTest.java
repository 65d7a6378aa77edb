package org.cortado.processor.validation;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cortado.processor.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation fixture: each {@code bad/<Rule>/<Case>.java} fails with exactly the errors its
 * {@code // expect-error} markers name, each on its marked line; each {@code near/} fixture, the
 * same analysis one step away from the mistake, compiles without a warning, so a rule that is too
 * strict fails too. Tests of the message texts live beside, per rule.
 */
class FixturesTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("bad")
  void failsWithItsMarkedErrors(String fixture) {
    Fixtures.assertErrors(fixture);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("near")
  void compilesCleanly(String fixture) {
    Fixtures.assertClean(fixture);
  }

  static List<String> bad() throws IOException, URISyntaxException {
    return fixtures("bad");
  }

  static List<String> near() throws IOException, URISyntaxException {
    return fixtures("near");
  }

  /** The {@code .java} fixtures under a resource folder, as resource names, sorted. */
  static List<String> fixtures(String folder) throws IOException, URISyntaxException {
    Path root = Path.of(FixturesTest.class.getClassLoader().getResource(folder).toURI());
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".java"))
          .map(p -> folder + "/" + root.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }
}
