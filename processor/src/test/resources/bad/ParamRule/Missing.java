package bad.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a", params = "analysis/selection.yaml")
class Missing {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean good(@Col("Muon_pt") float pt,
      @Param("object_preselection.Muon.ptt") float ptMin, // expect-error: Param.Missing
      @Param("object_preselection.Photon.pt") float phMin) { // expect-error: Param.Missing
    return pt > ptMin && pt > phMin;
  }
}
