package near.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NotYetBuilt {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean good(@Col("Muon_pt") float pt) {
    return pt > 15;
  }

  @Cut(name = "twoGood", stage = Stage.PRESELECTION)
  static boolean twoGood(@Col("nMuonGood") int n) {
    return n >= 2;
  }
}
