package bad.coloutfieldrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "MuonGod", columns = {"pt"}) // expect-error: ColOut.UnknownCollection
class UnknownCollection {}
