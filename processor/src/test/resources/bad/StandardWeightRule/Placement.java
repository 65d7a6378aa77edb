package bad.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(name = "custom") // expect-error: Weight.StandardPlacement
class Placement {
  @Weight(name = "w", standard = StandardWeight.PILEUP) // expect-error: Weight.StandardPlacement
  static float w(@Col("genWeight") float g) {
    return g;
  }
}
