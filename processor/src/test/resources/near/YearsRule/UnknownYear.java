package near.yearsrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = {"2018", "2017"})
@Weight(standard = StandardWeight.PILEUP)
class UnknownYear {
}
