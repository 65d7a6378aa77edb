package bad.yearsrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = {"2018", "2019"}) // expect-error: Analysis.UnknownYear
@Weight(standard = StandardWeight.PILEUP)
class UnknownYear {
}
