package bad.columntyperule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018", calibrators = "jet_calibration")
class Calibrated {
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_pt") float pt) { // expect-error: Column.WrongType
    return pt > 30;
  }
}
