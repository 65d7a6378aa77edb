package near.dependencyrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class MissableInLoop {
  interface Etas extends CollectionView {
    float eta(int i);
  }

  @Derived(name = "leadingEta")
  static float leadingEta(@Col("Muon") Etas muons) {
    return muons.size() > 0 ? muons.eta(0) : 99f;
  }

  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jet(@Col("Jet_eta") float eta, @Col("leadingEta") float muonEta) {
    return Math.abs(eta - muonEta) > 0.4f;
  }
}
