package near.histogramaxisrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "pt2d", axes = {@Axis(coll = "Muon", field = "pt", bins = 2, low = 0, high = 2),
    @Axis(coll = "Muon", field = "eta", bins = 2, low = 0, high = 2)})
class MixedCollections {}
