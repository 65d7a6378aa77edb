package near.skimcalibratedrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018", calibrators = "jet_calibration")
class Replaced {
  @Cut(name = "leadingJet", stage = Stage.PRESELECTION)
  static boolean leadingJet(@Col(value = "Jet_pt", pos = 0) double pt) {
    return pt > 30;
  }

  @Cut(name = "jets", stage = Stage.SKIM)
  static boolean jets(@Col("nJet") int n) {
    return n > 0;
  }
}
