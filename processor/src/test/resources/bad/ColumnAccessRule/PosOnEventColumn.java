package bad.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class PosOnEventColumn {
  @Cut(name = "npv")
  static boolean npv(@Col(value = "PV_npvsGood", pos = 0) int npv) { // expect-error: Column.PosOnEventColumn
    return npv > 0;
  }
}
