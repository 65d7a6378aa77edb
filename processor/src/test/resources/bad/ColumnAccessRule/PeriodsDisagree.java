package bad.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = {"2018", "2017"}, params = "analysis/choices.yaml")
class PeriodsDisagree {
  @Cut(name = "c")
  static boolean c(@Col(value = "${column.${year}}", pos = 0) float x) { // expect-error: Column.PeriodsDisagree
    return x > 0;
  }
}
