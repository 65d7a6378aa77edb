package near.mergerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Merge(name = "Leptons", collections = {"Muon", "Electron"})
@Histogram(name = "lepton_pt", axes = @Axis(coll = "Leptons", field = "pt", bins = 10, low = 0, high = 100))
class UnknownCollection {
}
