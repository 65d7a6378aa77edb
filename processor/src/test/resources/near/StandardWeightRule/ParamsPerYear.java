package near.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018", params = "analysis/selection.yaml")
@Weight(standard = StandardWeight.ELECTRON_ID, collection = "Electron")
@Weight(standard = StandardWeight.ELECTRON_RECO, collection = "Electron")
class ParamsPerYear {
}
