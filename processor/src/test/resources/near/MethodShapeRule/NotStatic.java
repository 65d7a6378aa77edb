package near.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NotStatic {
  @Cut(name = "trigger")
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }
}
