package bad.eventkindrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "trueInteractions",
    axes = @Axis(field = "trueInteractions", bins = 10, low = 0, high = 100)) // expect-error: EventKind.Mismatch
class Mismatch {
  @Derived(name = "trueInteractions", on = EventKind.MC)
  static float trueInteractions(@Col("Pileup_nTrueInt") float n) {
    return n;
  }
}
