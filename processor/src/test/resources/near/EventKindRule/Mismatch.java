package near.eventkindrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "trueInteractions", on = EventKind.MC,
    axes = @Axis(field = "trueInteractions", bins = 10, low = 0, high = 100))
class Mismatch {
  @Derived(name = "trueInteractions", on = EventKind.MC)
  static float trueInteractions(@Col("Pileup_nTrueInt") float n) {
    return n;
  }
}
