package org.cortado.processor.validation;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.Set;
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
    Set<Diagnostic> covered = EnumSet.copyOf(COVERED_BY_ROBUSTNESS_TEST);
    for (String f : FixturesTest.fixtures("bad")) {
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
