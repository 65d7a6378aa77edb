package bad.histogrambinningrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "q", axes = @Axis(coll = "Muon", field = "charge", type = AxisType.CATEGORICAL,
    values = {})) // expect-error: Histogram.NoValues
class NoValues {}
