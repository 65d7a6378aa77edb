package near.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class PosOnEventColumn {
  @Cut(name = "npv")
  static boolean npv(@Col(value = "PV_npvsGood") int npv) {
    return npv > 0;
  }
}
