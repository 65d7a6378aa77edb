package bad.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a", params = "analysis/selection.yaml")
class Mandatory {
  @Cut(name = "c")
  static boolean c(@Col("PV_npvsGood") int npv,
      @Param("todo") int min) { // expect-error: Param.MandatoryMissing
    return npv >= min;
  }
}
