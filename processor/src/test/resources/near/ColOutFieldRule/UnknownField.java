package near.coloutfieldrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "Muon",
    columns = {"pt", "eta"})
class UnknownField {}
