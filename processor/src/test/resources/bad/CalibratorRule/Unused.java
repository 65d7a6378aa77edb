package bad.calibratorrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018",
    calibrators = "jet_calibration") // expect-error: Calibrator.Unused
class Unused {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt) {
    return pt > 20;
  }
}
