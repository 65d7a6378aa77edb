package near.methodshaperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class DerivedNotValue {
  @Derived(name = "high")
  static boolean high(@Col("MET_pt") float met) {
    return met > 50;
  }
}
