package near.coloutoptionsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(columns = {"MET_pt", "leadingPt"}, fill = -1)
class EventOptions {
  @Derived(name = "leadingPt")
  static float leadingPt(@Col(value = "Muon_pt", pos = 0) float pt) {
    return pt;
  }
}
