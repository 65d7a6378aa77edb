package bad.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class SelectionNotBoolean {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static float good(@Col("Muon_pt") float pt) { // expect-error: ObjectSelection.NotBoolean
    return pt;
  }
}
