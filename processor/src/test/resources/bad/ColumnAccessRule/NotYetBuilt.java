package bad.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NotYetBuilt {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean good(@Col("Muon_pt") float pt) {
    return pt > 15;
  }

  @Cut(name = "twoGood", stage = Stage.SKIM)
  static boolean twoGood(@Col("nMuonGood") int n) { // expect-error: Column.NotYetBuilt
    return n >= 2;
  }
}
