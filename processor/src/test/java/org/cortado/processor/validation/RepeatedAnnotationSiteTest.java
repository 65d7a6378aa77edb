package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Errors inside repeated annotations (which javac wraps in an implicit container that
 * {@code Messager} cannot place) land on the offending value, not on the declaration.
 */
class RepeatedAnnotationSiteTest {
  @Test
  void repeatedHistogram() {
    Fixtures.assertErrors("bad/Repeated/RepeatedHistogram.java");
  }

  @Test
  void repeatedHistogramNearMiss() {
    Fixtures.assertClean("near/Repeated/RepeatedHistogram.java");
  }

  @Test
  void repeatedWeight() {
    Fixtures.assertErrors("bad/Repeated/RepeatedWeight.java");
  }

  @Test
  void repeatedWeightNearMiss() {
    Fixtures.assertClean("near/Repeated/RepeatedWeight.java");
  }

  @Test
  void repeatedCategory() {
    Fixtures.assertErrors("bad/Repeated/RepeatedCategory.java");
  }

  @Test
  void repeatedCategoryNearMiss() {
    Fixtures.assertClean("near/Repeated/RepeatedCategory.java");
  }
}
