package bad.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class CutNotBoolean {
  @Cut(name = "nPV")
  static int nPV(@Col("PV_npvsGood") int npv) { // expect-error: Cut.NotBoolean
    return npv;
  }
}
