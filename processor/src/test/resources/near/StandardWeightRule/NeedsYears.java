package near.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", goldenJson = true, years = {"2018", "2022_preEE"})
@Weight(standard = StandardWeight.PILEUP)
@Weight(standard = StandardWeight.XS)
@Weight(standard = StandardWeight.GEN_WEIGHT)
class NeedsYears {
}
