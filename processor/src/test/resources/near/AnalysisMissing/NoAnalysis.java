package near.analysismissing;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NoAnalysis {
  @Cut(name = "trigger")
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }
}
