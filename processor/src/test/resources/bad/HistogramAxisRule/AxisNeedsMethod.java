package bad.histogramaxisrule;

import org.cortado.annotations.*;

@Analysis(name = "a")

class AxisNeedsMethod {
  @Histogram(name = "h", axes = {@Axis(bins = 10, low = 0, high = 100),
      @Axis(bins = 5, low = 0, high = 100)}) // expect-error: Histogram.AxisNeedsMethod
  static double leadingPt(@Col(value = "Muon_pt", pos = 0) float pt) {
    return pt;
  }
}
