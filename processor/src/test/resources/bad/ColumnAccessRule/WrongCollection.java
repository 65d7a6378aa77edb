package bad.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class WrongCollection {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean good(@Col("Electron_pt") float pt) { // expect-error: Column.WrongCollection
    return pt > 15;
  }
}
