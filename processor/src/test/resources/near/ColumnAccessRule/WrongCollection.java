package near.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class WrongCollection {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean good(@Col("Muon_pt") float pt, @Col(value = "Electron_pt", pos = 0) float e) {
    return pt > 15 && e > 0;
  }
}
