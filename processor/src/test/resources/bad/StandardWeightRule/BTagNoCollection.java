package bad.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.BTAG_SHAPE) // expect-error: Weight.NeedsCollection
class BTagNoCollection {
}
