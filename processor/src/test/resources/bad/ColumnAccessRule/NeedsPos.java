package bad.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NeedsPos {
  @Cut(name = "pt")
  static boolean pt(@Col("Muon_pt") float pt) { // expect-error: Column.NeedsPos
    return pt > 10;
  }
}
