package bad.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NotAView {
  @Cut(name = "c")
  static boolean c(@Col("Muon") float muons) { // expect-error: Column.NotAView
    return muons > 0;
  }
}
