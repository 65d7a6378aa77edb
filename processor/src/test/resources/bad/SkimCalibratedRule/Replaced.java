package bad.skimcalibratedrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018", calibrators = "jet_calibration")
class Replaced {
  @Cut(name = "leadingJet", stage = Stage.SKIM)
  static boolean leadingJet(@Col(value = "Jet_pt", pos = 0) double pt) { // expect-error: Cut.SkimReadsCalibrated
    return pt > 30;
  }
}
