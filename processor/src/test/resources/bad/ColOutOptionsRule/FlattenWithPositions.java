package bad.coloutoptionsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "Muon", columns = {"pt"}, posEnd = 2,
    flatten = true) // expect-error: ColOut.FlattenWithPositions
class FlattenWithPositions {}
