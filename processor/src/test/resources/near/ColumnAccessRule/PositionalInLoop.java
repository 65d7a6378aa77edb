package near.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class PositionalInLoop {
  interface Etas extends CollectionView {
    float eta(int i);
  }

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muon(@Col("Muon_pt") float pt) {
    return pt > 15;
  }

  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jet(@Col("Jet_eta") float eta, @Col("MuonGood") Etas muons) {
    for (int i = 0; i < muons.size(); i++) {
      if (Math.abs(eta - muons.eta(i)) < 0.4f) {
        return false;
      }
    }
    return true;
  }
}
