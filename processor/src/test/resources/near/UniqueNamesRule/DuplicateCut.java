package near.uniquenamesrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class DuplicateCut {
  @Cut(name = "trigger")
  static boolean a(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }

  @Cut(name = "notTrigger")
  static boolean b(@Col("HLT_IsoMu24") boolean hlt) {
    return !hlt;
  }
}
