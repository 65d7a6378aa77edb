package bad.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a",
    params = {"analysis/selection.yaml", "analysis/broken.yaml"}) // expect-error: Param.FileInvalid
class FileInvalid {
  @Cut(name = "c")
  static boolean c(@Col("PV_npvsGood") int npv, @Param("object_preselection.Muon.pt") int min) {
    return npv >= min;
  }
}
