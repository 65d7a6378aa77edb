package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** ColOutFieldRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class ColOutFieldRuleTest {
  @Test
  void unknownCollection() {
    Fixtures.assertErrors("bad/ColOutFieldRule/UnknownCollection.java");
  }

  @Test
  void unknownCollectionNearMiss() {
    Fixtures.assertClean("near/ColOutFieldRule/UnknownCollection.java");
  }

  @Test
  void unknownField() {
    Fixtures.assertErrors("bad/ColOutFieldRule/UnknownField.java");
  }

  @Test
  void unknownFieldNearMiss() {
    Fixtures.assertClean("near/ColOutFieldRule/UnknownField.java");
  }
}
