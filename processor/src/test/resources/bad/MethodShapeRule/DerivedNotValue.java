package bad.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class DerivedNotValue {
  @Derived(name = "label")
  static String label(@Col("MET_pt") float met) { // expect-error: Derived.NotValue
    return met > 50 ? "high" : "low";
  }
}
