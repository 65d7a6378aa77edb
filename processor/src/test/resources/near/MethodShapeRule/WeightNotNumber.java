package near.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class WeightNotNumber {
  @Weight(name = "gen")
  static float gen(@Col("genWeight") float w) {
    return w;
  }
}
