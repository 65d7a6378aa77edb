package bad.histogrambinningrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "pt", axes = @Axis(coll = "Muon", field = "pt",
    edges = {0, 20, 20, 50})) // expect-error: Histogram.BadEdges
class BadEdges {}
