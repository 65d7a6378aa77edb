package bad.calibratorrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018",
    calibrators = "jet_calibrations") // expect-error: Calibrator.Unknown
class Unknown {
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_eta") float eta) {
    return Math.abs(eta) < 2.4f;
  }
}
