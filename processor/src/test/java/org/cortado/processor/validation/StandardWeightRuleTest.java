package org.cortado.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** StandardWeightRule: the messages say what is wrong and where the parameters are. */
class StandardWeightRuleTest {
  @Test
  void btagNeedsACollectionOfJets() {
    Fixtures.assertErrors("bad/StandardWeightRule/BTagNoCollection.java");
    Compilation c = Fixtures.assertErrors("bad/StandardWeightRule/BTagCollection.java");
    assertThat(c).hadErrorContaining(Diagnostic.WEIGHT_WRONG_COLLECTION.format("sf_btag", "Jet",
        "MuonGood", "a collection of Muon objects"));
  }

  @Test
  void btagVariationsAreBuiltIn() {
    Compilation c = Fixtures.assertErrors("bad/StandardWeightRule/BTagAttribute.java");
    assertThat(c).hadErrorContaining("its variations sf_btag_<source>Up and"
        + " sf_btag_<source>Down for [hf, lf, hfstats1, hfstats2, lfstats1, lfstats2,"
        + " cferr1, cferr2] are built in");
  }

  @Test
  void btagDiscriminant() {
    Compilation c = Fixtures.assertErrors("bad/StandardWeightRule/BTagDiscriminant.java");
    String message = Diagnostic.WEIGHT_BTAG_DISCRIMINANT.format("sf_btag", "btagDeepFlavB",
        "btagging.working_point.2024.btagging_algorithm", "btagUParTAK4B", "SOURCE");
    String[] around = message.split("SOURCE");
    assertThat(c).hadErrorContaining(around[0] + "org/cortado/params/defaults/btagging.yaml:");
    assertThat(c).hadErrorContaining(around[1]);
  }

  @Test
  void paramsPerYear() {
    Compilation c = Fixtures.assertErrors("bad/StandardWeightRule/ParamsPerYear.java");
    assertThat(c).hadErrorContaining("parameter 'object_preselection.Electron.id' is not defined:"
        + " no parameter file defines 'object_preselection'");
  }

}
