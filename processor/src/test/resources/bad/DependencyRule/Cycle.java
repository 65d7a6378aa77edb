package bad.dependencyrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class Cycle {
  @Derived(name = "a") // expect-error: Dependency.Cycle
  static float a(@Col("b") float b) {
    return b + 1;
  }

  @Derived(name = "b") // expect-error: Dependency.Cycle
  static float b(@Col("a") float a) {
    return a - 1;
  }

  @Cut(name = "c")
  static boolean c(@Col("a") float a) {
    return a > 0;
  }
}
