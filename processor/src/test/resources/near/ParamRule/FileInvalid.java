package near.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a",
    params = {"analysis/selection.yaml"})
class FileInvalid {
  @Cut(name = "c")
  static boolean c(@Col("PV_npvsGood") int npv, @Param("object_preselection.Muon.pt") int min) {
    return npv >= min;
  }
}
