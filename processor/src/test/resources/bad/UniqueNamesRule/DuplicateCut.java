package bad.uniquenamesrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class DuplicateCut {
  @Cut(name = "trigger", stage = Stage.PRESELECTION)
  static boolean a(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }

  @Cut(name = "trigger") // expect-error: Name.Duplicate
  static boolean b(@Col("HLT_IsoMu24") boolean hlt) {
    return !hlt;
  }
}
