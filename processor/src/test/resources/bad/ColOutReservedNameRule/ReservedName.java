package bad.coloutreservednamerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(columns = {"event", "weight"}) // expect-error: ColOut.ReservedName
class ReservedName {
  @Derived(name = "weight")
  static float weight(@Col("MET_pt") float met) {
    return met;
  }
}
