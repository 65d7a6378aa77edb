package near.coloutoptionsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "Muon", columns = {"pt"},
    fill = 0, posEnd = 1)
class FillWithoutPositions {}
