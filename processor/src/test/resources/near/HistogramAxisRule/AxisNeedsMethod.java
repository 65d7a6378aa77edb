package near.histogramaxisrule;

import org.cortado.annotations.*;

@Analysis(name = "a")

class AxisNeedsMethod {
  @Histogram(name = "h", axes = {@Axis(bins = 10, low = 0, high = 100),
      @Axis(method = "eta", bins = 5, low = -2.4, high = 2.4)})
  static double leadingPt(@Col(value = "Muon_pt", pos = 0) float pt) {
    return pt;
  }

  static double eta(@Col(value = "Muon_eta", pos = 0) float eta) {
    return eta;
  }
}
