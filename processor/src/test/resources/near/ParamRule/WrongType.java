package near.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a", params = "analysis/selection.yaml")
class WrongType {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean good(@Col("Muon_pt") float pt,
      @Param("object_preselection.Muon.id") String id,
      @Param("object_preselection.Muon.pt") int ptMin,
      @Param("object_preselection.Muon.eta") double eta) {
    return pt > ptMin && pt > eta && !id.isEmpty();
  }
}
