package near.histogrambinningrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "pt", axes = @Axis(coll = "Muon", field = "pt",
    edges = {0, 20, 30, 50}))
class BadEdges {}
