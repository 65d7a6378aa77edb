package bad.analysismissing;

import org.cortado.annotations.*;

class NoAnalysis {
  @Cut(name = "trigger")
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) { // expect-error: Analysis.Missing
    return hlt;
  }
}
