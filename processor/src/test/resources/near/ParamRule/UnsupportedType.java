package near.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a", params = "analysis/selection.yaml")
class UnsupportedType {
  @Cut(name = "c")
  static boolean c(@Col(value = "Muon_pt", pos = 0) float pt,
      @Param("object_preselection.Muon.pt") float min) {
    return pt > min;
  }
}
