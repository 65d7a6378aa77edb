package near.histogrambinningrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "q", axes = @Axis(coll = "Muon", field = "charge", type = AxisType.CATEGORICAL,
    values = {-1, 1}))
class NoValues {}
