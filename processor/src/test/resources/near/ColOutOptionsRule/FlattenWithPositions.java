package near.coloutoptionsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "Muon", columns = {"pt"}, storeSize = false,
    flatten = true)
class FlattenWithPositions {}
