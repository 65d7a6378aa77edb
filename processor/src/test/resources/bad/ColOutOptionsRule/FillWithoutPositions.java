package bad.coloutoptionsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(collection = "Muon", columns = {"pt"},
    fill = 0) // expect-error: ColOut.FillWithoutPositions
class FillWithoutPositions {}
