package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** HistogramAxisRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class HistogramAxisRuleTest {
  @Test
  void axisCount() {
    Fixtures.assertErrors("bad/HistogramAxisRule/AxisCount.java");
  }

  @Test
  void axisCountNearMiss() {
    Fixtures.assertClean("near/HistogramAxisRule/AxisCount.java");
  }

  @Test
  void methodAxisField() {
    Fixtures.assertErrors("bad/HistogramAxisRule/MethodAxisField.java");
  }

  @Test
  void methodAxisFieldNearMiss() {
    Fixtures.assertClean("near/HistogramAxisRule/MethodAxisField.java");
  }

  @Test
  void mixedCollections() {
    Fixtures.assertErrors("bad/HistogramAxisRule/MixedCollections.java");
  }

  @Test
  void mixedCollectionsNearMiss() {
    Fixtures.assertClean("near/HistogramAxisRule/MixedCollections.java");
  }

  @Test
  void noField() {
    Fixtures.assertErrors("bad/HistogramAxisRule/NoField.java");
  }

  @Test
  void noFieldNearMiss() {
    Fixtures.assertClean("near/HistogramAxisRule/NoField.java");
  }

  @Test
  void axisMethodMissing() {
    Fixtures.assertErrors("bad/HistogramAxisRule/AxisMethodMissing.java");
  }

  @Test
  void axisMethodMissingNearMiss() {
    Fixtures.assertClean("near/HistogramAxisRule/AxisMethodMissing.java");
  }

  @Test
  void axisNeedsMethod() {
    Fixtures.assertErrors("bad/HistogramAxisRule/AxisNeedsMethod.java");
  }

  @Test
  void axisNeedsMethodNearMiss() {
    Fixtures.assertClean("near/HistogramAxisRule/AxisNeedsMethod.java");
  }
}
