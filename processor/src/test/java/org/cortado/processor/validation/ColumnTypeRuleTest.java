package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** ColumnTypeRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class ColumnTypeRuleTest {
  @Test
  void wrongType() {
    Fixtures.assertErrors("bad/ColumnTypeRule/WrongType.java");
  }

  @Test
  void wrongTypeNearMiss() {
    Fixtures.assertClean("near/ColumnTypeRule/WrongType.java");
  }
}
