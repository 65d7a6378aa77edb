package bad.mergerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Merge(name = "Leptons", collections = {"Muon", "Electrons"}) // expect-error: Merge.UnknownCollection
class UnknownCollection {
}
