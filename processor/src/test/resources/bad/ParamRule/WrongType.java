package bad.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a", params = "analysis/selection.yaml")
class WrongType {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean good(@Col("Muon_pt") float pt,
      @Param("object_preselection.Muon.id") float id, // expect-error: Param.WrongType
      @Param("object_preselection.Muon.eta") int eta, // expect-error: Param.WrongType
      @Param("object_preselection.Muon") double muon) { // expect-error: Param.WrongType
    return pt > id && pt > eta && pt > muon;
  }
}
