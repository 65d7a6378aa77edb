package bad.weightvariationpairrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class Missing {
  @Weight(name = "pileup", up = "puUp",
      down = "puDwn") // expect-error: Weight.VariationMissing
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
