package bad.columnexistsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NotInSchema {
  @Cut(name = "c")
  static boolean c(@Col(value = "Jet_particleNetAK4_B", pos = 0) float b) { // expect-error: Column.Unknown
    return b > 0.5f;
  }
}
