package near.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(name = "custom", standard = StandardWeight.PILEUP)
class Placement {
  @Weight(name = "w")
  static float w(@Col("genWeight") float g) {
    return g;
  }
}
