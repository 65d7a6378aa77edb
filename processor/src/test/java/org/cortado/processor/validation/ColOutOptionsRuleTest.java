package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** ColOutOptionsRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class ColOutOptionsRuleTest {
  @Test
  void emptyPositionRange() {
    Fixtures.assertErrors("bad/ColOutOptionsRule/EmptyPositionRange.java");
  }

  @Test
  void emptyPositionRangeNearMiss() {
    Fixtures.assertClean("near/ColOutOptionsRule/EmptyPositionRange.java");
  }

  @Test
  void fillWithoutPositions() {
    Fixtures.assertErrors("bad/ColOutOptionsRule/FillWithoutPositions.java");
  }

  @Test
  void fillWithoutPositionsNearMiss() {
    Fixtures.assertClean("near/ColOutOptionsRule/FillWithoutPositions.java");
  }

  @Test
  void startWithoutEnd() {
    Fixtures.assertErrors("bad/ColOutOptionsRule/StartWithoutEnd.java");
  }

  @Test
  void startWithoutEndNearMiss() {
    Fixtures.assertClean("near/ColOutOptionsRule/StartWithoutEnd.java");
  }

  @Test
  void flattenWithPositions() {
    Fixtures.assertErrors("bad/ColOutOptionsRule/FlattenWithPositions.java");
  }

  @Test
  void flattenWithPositionsNearMiss() {
    Fixtures.assertClean("near/ColOutOptionsRule/FlattenWithPositions.java");
  }
}
