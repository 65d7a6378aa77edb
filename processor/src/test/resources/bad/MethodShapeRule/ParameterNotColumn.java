package bad.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class ParameterNotColumn {
  @Cut(name = "trigger")
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt,
      int threshold) { // expect-error: Method.ParameterNotColumn
    return hlt;
  }
}
