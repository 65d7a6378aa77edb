package near.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a", params = "analysis/selection.yaml")
class Mandatory {
  @Cut(name = "c")
  static boolean c(@Col("PV_npvsGood") int npv,
      @Param("default_nano_version.2018") int min) {
    return npv >= min;
  }
}
