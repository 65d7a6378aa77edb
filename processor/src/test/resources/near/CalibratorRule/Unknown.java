package near.calibratorrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018",
    calibrators = "jet_calibration")
class Unknown {
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_eta") float eta) {
    return Math.abs(eta) < 2.4f;
  }
}
