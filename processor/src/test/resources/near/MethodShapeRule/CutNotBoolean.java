package near.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class CutNotBoolean {
  @Cut(name = "nPV")
  static boolean nPV(@Col("PV_npvsGood") int npv) {
    return npv > 0;
  }
}
