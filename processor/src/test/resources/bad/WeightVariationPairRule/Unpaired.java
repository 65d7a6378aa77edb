package bad.weightvariationpairrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class Unpaired {
  @Weight(name = "pileup", up = "puUp") // expect-error: Weight.UnpairedVariation
  static float pu(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  static float puUp(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  static float puDown(@Col("Pileup_nTrueInt") float n) {
    return n;
  }
}
