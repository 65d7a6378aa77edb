package near.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a", params = "analysis/selection.yaml")
class Missing {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean good(@Col("Muon_pt") float pt,
      @Param("object_preselection.Muon.pt") float ptMin,
      @Param("object_preselection.Electron.pt") float elMin) {
    return pt > ptMin && pt > elMin;
  }
}
