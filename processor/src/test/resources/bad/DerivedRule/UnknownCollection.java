package bad.derivedrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class UnknownCollection {
  @Derived(name = "ptRaw", collection = "Jets") // expect-error: Derived.UnknownCollection
  static float ptRaw(@Col("Jet_pt") float pt, @Col("Jet_rawFactor") float rawFactor) {
    return pt * (1 - rawFactor);
  }
}
