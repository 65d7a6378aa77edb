package near.columnexistsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class UnknownBranch {
  @Cut(name = "pt")
  static boolean pt(@Col(value = "Muon_pt", pos = 0) float pt) {
    return pt > 10;
  }
}
