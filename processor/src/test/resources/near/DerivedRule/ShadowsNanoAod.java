package near.derivedrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class ShadowsNanoAod {
  @Derived(name = "metRounded")
  static float met(@Col("MET_pt") float met) {
    return Math.round(met);
  }

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muon(@Col("Muon_pt") float pt) {
    return pt > 15;
  }
}
