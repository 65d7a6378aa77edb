package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** UniqueNamesRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class UniqueNamesRuleTest {
  @Test
  void duplicateCut() {
    Fixtures.assertErrors("bad/UniqueNamesRule/DuplicateCut.java");
  }

  @Test
  void duplicateCutNearMiss() {
    Fixtures.assertClean("near/UniqueNamesRule/DuplicateCut.java");
  }
}
