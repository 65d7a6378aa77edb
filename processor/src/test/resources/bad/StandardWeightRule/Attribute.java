package bad.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.PILEUP,
    up = "pileupUp") // expect-error: Weight.StandardAttribute
class Attribute {
}
