package near.calibratorrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018",
    calibrators = "jet_calibration")
@Histogram(name = "jet_eta", axes = @Axis(coll = "Jet", field = "eta", pos = 0, bins = 10, low = -5, high = 5))
class Unused {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt) {
    return pt > 20;
  }
}
