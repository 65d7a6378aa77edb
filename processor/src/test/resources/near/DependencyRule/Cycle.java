package near.dependencyrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class Cycle {
  @Derived(name = "a")
  static float a(@Col("b") float b) {
    return b + 1;
  }

  @Derived(name = "b")
  static float b(@Col("MET_pt") float met) {
    return met - 1;
  }

  @Cut(name = "c")
  static boolean c(@Col("a") float a) {
    return a > 0;
  }
}
