package bad.repeated;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.GEN_WEIGHT)
@Weight(standard = StandardWeight.PILEUP,
    up = "pileupUp") // expect-error: Weight.StandardAttribute
@Weight(standard = StandardWeight.MUON_ID) // expect-error: Weight.NeedsCollection
class RepeatedWeight {
  @Weight(name = "a")
  @Weight(name = "pu",
      down = "puDown") // expect-error: Weight.UnpairedVariation
  static float pu(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  static float puDown(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  @Weight(name = "b")
  @org.cortado.annotations.Weight // expect-error: Weight.NoName
  static float w(@Col("genWeight") float g) {
    return g;
  }
}
