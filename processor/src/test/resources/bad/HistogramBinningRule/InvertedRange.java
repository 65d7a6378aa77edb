package bad.histogrambinningrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "npv", axes = @Axis(field = "PV_npvsGood", bins = 10, low = 10,
    high = 0)) // expect-error: Histogram.EmptyRange
class InvertedRange {}
