package bad.dependencyrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class MissableInLoop {
  @Derived(name = "leadingEta")
  static float leadingEta(@Col(value = "Muon_eta", pos = 0) float eta) {
    return eta;
  }

  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jet(@Col("Jet_eta") float eta,
      @Col("leadingEta") float muonEta) { // expect-error: Column.MissableInLoop
    return Math.abs(eta - muonEta) > 0.4f;
  }
}
