package near.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class HistogramNotNumber {
  @Histogram(name = "h", axes = @Axis(bins = 2, low = 0, high = 2))
  static int h(@Col("PV_npvsGood") int npv) {
    return npv;
  }
}
