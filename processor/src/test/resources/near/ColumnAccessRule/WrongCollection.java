package near.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class WrongCollection {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean good(@Col("Muon_pt") float pt, @Col("MET_pt") float met) {
    return pt > 15 && met > 0;
  }
}
