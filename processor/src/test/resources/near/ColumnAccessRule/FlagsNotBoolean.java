package near.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a", params = "analysis/choices.yaml")
class FlagsNotBoolean {
  @Cut(name = "flags", stage = Stage.SKIM)
  static boolean flags(@Col("${flags.good}") Flags flags) {
    return flags.all();
  }
}
