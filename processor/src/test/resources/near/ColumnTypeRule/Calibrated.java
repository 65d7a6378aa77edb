package near.columntyperule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018", calibrators = "jet_calibration")
class Calibrated {
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_pt") double pt) {
    return pt > 30;
  }
}
