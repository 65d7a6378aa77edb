package bad.coloutoptionsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "Muon", columns = {"pt"}, posStart = 2,
    posEnd = 2) // expect-error: ColOut.EmptyPositionRange
class EmptyPositionRange {}
