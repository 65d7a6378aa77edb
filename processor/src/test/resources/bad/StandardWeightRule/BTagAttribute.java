package bad.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.BTAG_SHAPE, collection = "Jet",
    up = "up") // expect-error: Weight.StandardAttribute
class BTagAttribute {
}
