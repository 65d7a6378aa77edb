package near.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NeedsPos {
  @Cut(name = "pt")
  static boolean pt(@Col(value = "Muon_pt", pos = 1) float pt) {
    return pt > 10;
  }
}
