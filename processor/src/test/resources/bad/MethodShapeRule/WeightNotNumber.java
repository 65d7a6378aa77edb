package bad.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class WeightNotNumber {
  @Weight(name = "gen")
  static boolean gen(@Col("genWeight") float w) { // expect-error: Weight.NotNumber
    return w > 0;
  }
}
