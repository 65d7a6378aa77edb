package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** Seven different mistakes give seven errors in one compile, each at its own line. */
class ManyMistakesTest {
  @Test
  void allErrorsInOneCompile() {
    Fixtures.assertErrors("bad/Many/ManyMistakes.java");
  }
}
