package bad.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class HistogramNotNumber {
  @Histogram(name = "h", axes = @Axis(bins = 2, low = 0, high = 2))
  static String h(@Col("PV_npvsGood") int npv) { // expect-error: Histogram.NotNumber
    return "x";
  }
}
