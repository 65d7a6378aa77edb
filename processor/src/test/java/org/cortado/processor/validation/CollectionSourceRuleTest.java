package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** CollectionSourceRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class CollectionSourceRuleTest {
  @Test
  void unknownCollection() {
    Fixtures.assertErrors("bad/CollectionSourceRule/UnknownCollection.java");
  }

  @Test
  void unknownCollectionNearMiss() {
    Fixtures.assertClean("near/CollectionSourceRule/UnknownCollection.java");
  }
}
