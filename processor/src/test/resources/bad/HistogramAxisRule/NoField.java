package bad.histogramaxisrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "npv",
    axes = @Axis(bins = 10, low = 0, high = 10)) // expect-error: Histogram.AxisWithoutField
class NoField {}
