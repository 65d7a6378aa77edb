package bad.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a",
    params = {"analysis/selection.yaml", "analysis/nope.yaml"}) // expect-error: Param.FileNotFound
class FileNotFound {
  @Cut(name = "c")
  static boolean c(@Col("PV_npvsGood") int npv, @Param("object_preselection.Muon.pt") int min) {
    return npv >= min;
  }
}
