package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** CategoryReferenceRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class CategoryReferenceRuleTest {
  @Test
  void multiCutNames() {
    Fixtures.assertErrors("bad/CategoryReferenceRule/MultiCutNames.java");
  }

  @Test
  void multiCutNamesNearMiss() {
    Fixtures.assertClean("near/CategoryReferenceRule/MultiCutNames.java");
  }

  @Test
  void unknownCategory() {
    Fixtures.assertErrors("bad/CategoryReferenceRule/UnknownCategory.java");
  }

  @Test
  void unknownCategoryNearMiss() {
    Fixtures.assertClean("near/CategoryReferenceRule/UnknownCategory.java");
  }

  @Test
  void unknownCut() {
    Fixtures.assertErrors("bad/CategoryReferenceRule/UnknownCut.java");
  }

  @Test
  void unknownCutNearMiss() {
    Fixtures.assertClean("near/CategoryReferenceRule/UnknownCut.java");
  }
}
