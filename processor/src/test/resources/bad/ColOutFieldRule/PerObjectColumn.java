package bad.coloutfieldrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(columns = {"event", "MET_pt",
    "Muon_pt"}) // expect-error: ColOut.PerObjectColumn
class PerObjectColumn {
}
