package bad.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", goldenJson = true) // expect-error: Analysis.NeedsYears
@Weight(standard = StandardWeight.PILEUP) // expect-error: Analysis.NeedsYears
class NeedsYears {
}
