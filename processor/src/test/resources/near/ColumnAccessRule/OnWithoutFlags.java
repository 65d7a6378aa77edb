package near.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
class OnWithoutFlags {
  @Cut(name = "c", stage = Stage.SKIM)
  static boolean c(@Col("Flag_${event_flags.${year}}") Flags flags,
      @Col(value = "Flag_${event_flags_data.${year}}", on = EventKind.DATA) Flags dataFlags) {
    return flags.all() && dataFlags.all();
  }
}
