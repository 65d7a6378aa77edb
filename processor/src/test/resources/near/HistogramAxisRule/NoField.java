package near.histogramaxisrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "npv",
    axes = @Axis(field = "PV_npvsGood", bins = 10, low = 0, high = 10))
class NoField {}
