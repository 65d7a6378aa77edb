package near.derivedrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Histogram(name = "ptRaw", axes = @Axis(coll = "Jet", field = "ptRaw", bins = 10, low = 0, high = 100))
class UnknownCollection {
  @Derived(name = "ptRaw", collection = "Jet")
  static float ptRaw(@Col("Jet_pt") float pt, @Col("Jet_rawFactor") float rawFactor) {
    return pt * (1 - rawFactor);
  }

  @Cut(name = "c")
  static boolean c(@Col(value = "Jet_ptRaw", pos = 0) float leading) {
    return leading > 20;
  }
}
