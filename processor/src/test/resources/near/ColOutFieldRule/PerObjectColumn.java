package near.coloutfieldrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(columns = {"event", "MET_pt", "nMuon"})
@ColOut(collection = "Muon", columns = {"pt"})
class PerObjectColumn {
}
