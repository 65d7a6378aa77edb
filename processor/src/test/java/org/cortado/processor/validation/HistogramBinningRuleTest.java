package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** HistogramBinningRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class HistogramBinningRuleTest {
  @Test
  void badEdges() {
    Fixtures.assertErrors("bad/HistogramBinningRule/BadEdges.java");
  }

  @Test
  void badEdgesNearMiss() {
    Fixtures.assertClean("near/HistogramBinningRule/BadEdges.java");
  }

  @Test
  void invertedRange() {
    Fixtures.assertErrors("bad/HistogramBinningRule/InvertedRange.java");
  }

  @Test
  void invertedRangeNearMiss() {
    Fixtures.assertClean("near/HistogramBinningRule/InvertedRange.java");
  }

  @Test
  void noValues() {
    Fixtures.assertErrors("bad/HistogramBinningRule/NoValues.java");
  }

  @Test
  void noValuesNearMiss() {
    Fixtures.assertClean("near/HistogramBinningRule/NoValues.java");
  }

  @Test
  void zeroBins() {
    Fixtures.assertErrors("bad/HistogramBinningRule/ZeroBins.java");
  }

  @Test
  void zeroBinsNearMiss() {
    Fixtures.assertClean("near/HistogramBinningRule/ZeroBins.java");
  }
}
