package bad.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NotStatic {
  @Cut(name = "trigger")
  boolean trigger(@Col("HLT_IsoMu24") boolean hlt) { // expect-error: Method.NotStatic
    return hlt;
  }
}
