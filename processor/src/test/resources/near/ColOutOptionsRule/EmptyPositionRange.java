package near.coloutoptionsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "Muon", columns = {"pt"}, posStart = 2,
    posEnd = 3)
class EmptyPositionRange {}
