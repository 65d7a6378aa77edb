package near.coloutoptionsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "Muon", columns = {"pt"},
    posStart = 1, posEnd = 3)
class StartWithoutEnd {}
