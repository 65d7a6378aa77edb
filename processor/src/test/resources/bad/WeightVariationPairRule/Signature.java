package bad.weightvariationpairrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class Signature {
  @Weight(name = "pileup", up = "puUp",
      down = "puOther") // expect-error: Weight.VariationSignature
  static float pu(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  static float puUp(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  static float puDown(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  static float puOther(@Col("Pileup_nPU") int n) {
    return n;
  }
}
