package bad.histogramaxisrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "npv", axes = {}) // expect-error: Histogram.AxisCount
class AxisCount {}
