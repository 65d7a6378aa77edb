package bad.weightvariationpairrule;

import org.cortado.annotations.*;

@Analysis(name = "a", params = "analysis/selection.yaml")
class ParamSignature {
  @Weight(name = "muonPt", up = "muonPtUp", down = "muonPtDown") // expect-error: Weight.VariationSignature
  static float muonPt(@Col(value = "Muon_pt", pos = 0) float pt,
      @Param("object_preselection.Muon.pt") float scale) {
    return pt / scale;
  }

  static float muonPtUp(@Col(value = "Muon_pt", pos = 0) float pt,
      @Param("object_preselection.Electron.pt") float scale) {
    return pt / scale;
  }

  static float muonPtDown(@Col(value = "Muon_pt", pos = 0) float pt,
      @Param("object_preselection.Muon.pt") float scale) {
    return pt / scale;
  }
}
