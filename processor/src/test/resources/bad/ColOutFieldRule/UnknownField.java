package bad.coloutfieldrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "Muon",
    columns = {"pt", "etaa"}) // expect-error: ColOut.UnknownField
class UnknownField {}
