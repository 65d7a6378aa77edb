package near.paramrule;

import org.cortado.annotations.*;

/** Two parameters whose paths differ only in '.' against '_' get two fields in the kernel. */
@Analysis(name = "a", years = "2018", params = "analysis/choices.yaml")
class PathsThatSanitiseAlike {
  @Cut(name = "c")
  static boolean c(@Col("MET_pt") float met, @Param("clash.a.b_c") float low,
      @Param("clash.a_b.c") float high) {
    return met > low && met < high;
  }
}
