package bad.mergerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Merge(name = "Leptons", collections = {"Muon", "Electron"}, sortBy = "tightId") // expect-error: Merge.BadSortBy
class BadSortBy {
}
