package near.derivedrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class BadName {
  @Derived(name = "m_ll")
  static float mll(@Col("MET_pt") float met) {
    return met;
  }
}
