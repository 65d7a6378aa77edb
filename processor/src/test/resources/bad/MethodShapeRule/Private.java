package bad.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class Private {
  @Cut(name = "trigger")
  private static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) { // expect-error: Method.Private
    return hlt;
  }
}
