package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** ColumnExistsRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class ColumnExistsRuleTest {
  @Test
  void unknownBranch() {
    Fixtures.assertErrors("bad/ColumnExistsRule/UnknownBranch.java");
  }

  @Test
  void unknownBranchNearMiss() {
    Fixtures.assertClean("near/ColumnExistsRule/UnknownBranch.java");
  }
}
