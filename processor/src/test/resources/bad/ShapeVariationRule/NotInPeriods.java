package bad.shapevariationrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = {"2018", "2017"}, params = "analysis/calibration.yaml",
    calibrators = "jet_calibration",
    shapeVariations = "AK4PFchs_JER") // expect-error: ShapeVariation.NotInPeriods
class NotInPeriods {
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_pt") double pt) {
    return pt > 30;
  }
}
