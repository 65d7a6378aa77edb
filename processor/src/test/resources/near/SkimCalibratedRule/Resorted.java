package near.skimcalibratedrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018", calibrators = "jet_calibration")
class Resorted {
  @Cut(name = "central", stage = Stage.PRESELECTION)
  static boolean central(@Col(value = "Jet_eta", pos = 0) float eta) {
    return Math.abs(eta) < 2.4f;
  }
}
