package bad.calibratorrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018", params = "analysis/nojets.yaml",
    calibrators = "jet_calibration") // expect-error: Calibrator.Params
class Params {
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_pt") double pt) {
    return pt > 30;
  }
}
