package org.cortado.processor.validation;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic has a fixture that triggers it: a bad/ fixture marked with its id, or (for
 * the two that are not about analysis code) a test in RobustnessTest.
 */
class DiagnosticCatalogueCoverageTest {
  private static final Set<Diagnostic> COVERED_BY_ROBUSTNESS_TEST =
      EnumSet.of(Diagnostic.INTERNAL, Diagnostic.SCHEMA_UNREADABLE);

  @Test
  void everyDiagnosticHasAFixture() throws IOException, URISyntaxException {
    Path bad = Path.of(getClass().getClassLoader().getResource("bad").toURI());
    Set<Diagnostic> covered = EnumSet.copyOf(COVERED_BY_ROBUSTNESS_TEST);
    List<String> fixtures;
    try (Stream<Path> s = Files.walk(bad)) {
      fixtures = s.filter(p -> p.toString().endsWith(".java"))
          .map(p -> "bad/" + bad.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    }
    for (String f : fixtures) {
      for (Fixtures.Expected e : Fixtures.expected(f)) {
        covered.add(e.diagnostic());
      }
    }
    Set<Diagnostic> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
    assertWithMessage("diagnostics without a fixture").that(missing).isEmpty();
  }

  @Test
  void idsAreUniqueAndPrintedWithTheCortadoPrefix() {
    Set<String> ids = new java.util.HashSet<>();
    for (Diagnostic d : Diagnostic.values()) {
      assertWithMessage("duplicate id %s", d.id()).that(ids.add(d.id())).isTrue();
      assertWithMessage("tag of %s", d).that(d.tag()).isEqualTo("[cortado:" + d.id() + "]");
    }
  }
}
