package bad.derivedrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class BadName {
  @Derived(name = "m(ll)") // expect-error: Derived.BadName
  static float mll(@Col("MET_pt") float met) {
    return met;
  }
}
