package near.mergerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Merge(name = "Leptons", collections = {"Muon", "Electron"}, sortBy = "eta")
@Histogram(name = "lepton_eta_1", axes = @Axis(coll = "Leptons", field = "eta", pos = 0, bins = 10, low = -3, high = 3))
class BadSortBy {
}
