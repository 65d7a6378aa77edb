package bad.derivedrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class ShadowsNanoAod {
  @Derived(name = "MET_pt") // expect-error: Name.ShadowsNanoAod
  static float met(@Col("MET_pt") float met) {
    return met;
  }

  @ObjectSelection(name = "Muon", collection = "Muon") // expect-error: Name.ShadowsNanoAod
  static boolean muon(@Col("Muon_pt") float pt) {
    return pt > 15;
  }
}
