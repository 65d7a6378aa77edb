package near.repeated;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.GEN_WEIGHT)
@Weight(standard = StandardWeight.PILEUP)
@Weight(standard = StandardWeight.MUON_ID, collection = "Muon")
class RepeatedWeight {
  @Weight(name = "a")
  @Weight(name = "pu", up = "puUp",
      down = "puDown")
  static float pu(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  static float puUp(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  static float puDown(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  @Weight(name = "b")
  @org.cortado.annotations.Weight(name = "c")
  static float w(@Col("genWeight") float g) {
    return g;
  }
}
