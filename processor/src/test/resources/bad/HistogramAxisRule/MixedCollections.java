package bad.histogramaxisrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "pt2d", axes = {@Axis(coll = "Muon", field = "pt", bins = 2, low = 0, high = 2),
    @Axis(coll = "Electron", field = "pt", bins = 2, low = 0, high = 2)}) // expect-error: Histogram.MixedCollections
class MixedCollections {}
