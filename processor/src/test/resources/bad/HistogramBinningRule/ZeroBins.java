package bad.histogrambinningrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "npv",
    axes = @Axis(field = "PV_npvsGood", bins = 0, low = 0, high = 10)) // expect-error: Histogram.BinsNotPositive
class ZeroBins {}
