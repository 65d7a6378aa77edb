package near.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class ParameterNotColumn {
  @Cut(name = "trigger")
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt,
      @Col("PV_npvsGood") int npv) {
    return hlt && npv > 0;
  }
}
