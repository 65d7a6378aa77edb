package near.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.MUON_ID, collection = "Muon")
class NeedsCollection {
}
