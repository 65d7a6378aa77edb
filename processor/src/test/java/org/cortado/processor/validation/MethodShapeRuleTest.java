package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** MethodShapeRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class MethodShapeRuleTest {
  @Test
  void cutNotBoolean() {
    Fixtures.assertErrors("bad/MethodShapeRule/CutNotBoolean.java");
  }

  @Test
  void cutNotBooleanNearMiss() {
    Fixtures.assertClean("near/MethodShapeRule/CutNotBoolean.java");
  }

  @Test
  void histogramNotNumber() {
    Fixtures.assertErrors("bad/MethodShapeRule/HistogramNotNumber.java");
  }

  @Test
  void histogramNotNumberNearMiss() {
    Fixtures.assertClean("near/MethodShapeRule/HistogramNotNumber.java");
  }

  @Test
  void notStatic() {
    Fixtures.assertErrors("bad/MethodShapeRule/NotStatic.java");
  }

  @Test
  void notStaticNearMiss() {
    Fixtures.assertClean("near/MethodShapeRule/NotStatic.java");
  }

  @Test
  void parameterNotColumn() {
    Fixtures.assertErrors("bad/MethodShapeRule/ParameterNotColumn.java");
  }

  @Test
  void parameterNotColumnNearMiss() {
    Fixtures.assertClean("near/MethodShapeRule/ParameterNotColumn.java");
  }

  @Test
  void privateMethod() {
    Fixtures.assertErrors("bad/MethodShapeRule/Private.java");
  }

  @Test
  void privateMethodNearMiss() {
    Fixtures.assertClean("near/MethodShapeRule/Private.java");
  }

  @Test
  void selectionNotBoolean() {
    Fixtures.assertErrors("bad/MethodShapeRule/SelectionNotBoolean.java");
  }

  @Test
  void selectionNotBooleanNearMiss() {
    Fixtures.assertClean("near/MethodShapeRule/SelectionNotBoolean.java");
  }

  @Test
  void weightNotNumber() {
    Fixtures.assertErrors("bad/MethodShapeRule/WeightNotNumber.java");
  }

  @Test
  void weightNotNumberNearMiss() {
    Fixtures.assertClean("near/MethodShapeRule/WeightNotNumber.java");
  }
}
