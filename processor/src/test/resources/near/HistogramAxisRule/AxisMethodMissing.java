package near.histogramaxisrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "h", axes = {@Axis(field = "PV_npvsGood", bins = 4, low = 0, high = 4),
    @Axis(method = "leadingPt", bins = 10, low = 0, high = 100)})
class AxisMethodMissing {
  static double leadingPt(@Col(value = "Muon_pt", pos = 0) float pt) {
    return pt;
  }
}
