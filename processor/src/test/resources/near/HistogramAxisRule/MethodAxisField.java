package near.histogramaxisrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class MethodAxisField {
  @Histogram(name = "npv", axes = @Axis(bins = 10, low = 0, high = 10,
      label = "PV_npvsGood"))
  static int npv(@Col("PV_npvsGood") int npv) {
    return npv;
  }
}
