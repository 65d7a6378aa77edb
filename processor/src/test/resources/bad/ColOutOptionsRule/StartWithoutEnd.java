package bad.coloutoptionsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "Muon", columns = {"pt"},
    posStart = 1) // expect-error: ColOut.StartWithoutEnd
class StartWithoutEnd {}
