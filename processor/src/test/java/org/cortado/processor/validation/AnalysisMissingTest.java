package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** AnalysisMissing: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class AnalysisMissingTest {
  @Test
  void noAnalysis() {
    Fixtures.assertErrors("bad/AnalysisMissing/NoAnalysis.java");
  }

  @Test
  void noAnalysisNearMiss() {
    Fixtures.assertClean("near/AnalysisMissing/NoAnalysis.java");
  }
}
