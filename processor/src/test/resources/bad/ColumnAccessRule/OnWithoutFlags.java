package bad.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class OnWithoutFlags {
  @Cut(name = "c")
  static boolean c(@Col(value = "MET_pt",
      on = EventKind.DATA) float met) { // expect-error: Column.OnWithoutFlags
    return met > 0;
  }
}
