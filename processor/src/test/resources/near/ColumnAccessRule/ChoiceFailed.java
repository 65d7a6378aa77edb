package near.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a", params = "analysis/selection.yaml")
class ChoiceFailed {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muon(@Col("Muon_${object_preselection.Muon.id}") boolean id) {
    return id;
  }
}
