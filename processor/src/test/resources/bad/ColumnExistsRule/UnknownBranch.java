package bad.columnexistsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class UnknownBranch {
  @Cut(name = "pt")
  static boolean pt(@Col(value = "Muon_ptt", pos = 0) float pt) { // expect-error: Column.Unknown
    return pt > 10;
  }
}
