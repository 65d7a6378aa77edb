package bad.histogramaxisrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "h", axes = {@Axis(field = "PV_npvsGood", bins = 4, low = 0, high = 4),
    @Axis(method = "leadingPT", bins = 10, low = 0, high = 100)}) // expect-error: Histogram.AxisMethodMissing
class AxisMethodMissing {
  static double leadingPt(@Col(value = "Muon_pt", pos = 0) float pt) {
    return pt;
  }
}
