package near.calibratorrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018", params = "analysis/calibration.yaml",
    calibrators = "jet_calibration")
class Params {
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_pt") double pt) {
    return pt > 30;
  }
}
