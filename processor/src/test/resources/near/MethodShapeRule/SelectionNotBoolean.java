package near.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class SelectionNotBoolean {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean good(@Col("Muon_pt") float pt) {
    return pt > 15;
  }
}
