package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** WeightVariationPairRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class WeightVariationPairRuleTest {
  @Test
  void missing() {
    Fixtures.assertErrors("bad/WeightVariationPairRule/Missing.java");
  }

  @Test
  void missingNearMiss() {
    Fixtures.assertClean("near/WeightVariationPairRule/Missing.java");
  }

  @Test
  void signature() {
    Fixtures.assertErrors("bad/WeightVariationPairRule/Signature.java");
  }

  @Test
  void signatureNearMiss() {
    Fixtures.assertClean("near/WeightVariationPairRule/Signature.java");
  }

  @Test
  void unpaired() {
    Fixtures.assertErrors("bad/WeightVariationPairRule/Unpaired.java");
  }

  @Test
  void unpairedNearMiss() {
    Fixtures.assertClean("near/WeightVariationPairRule/Unpaired.java");
  }
}
