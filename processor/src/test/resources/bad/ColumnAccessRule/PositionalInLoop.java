package bad.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class PositionalInLoop {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muon(@Col("Muon_pt") float pt) {
    return pt > 15;
  }

  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jet(@Col("Jet_eta") float eta,
      @Col(value = "MuonGood_eta", pos = 0) float muonEta) { // expect-error: Column.PositionalInLoop
    return Math.abs(eta - muonEta) > 0.4f;
  }
}
