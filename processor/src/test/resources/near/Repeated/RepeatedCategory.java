package near.repeated;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Category(name = "baseline")
@Category(name = "triggered", cuts = {"trigger"})
@Category(name = "tight", cuts = {"trigger",
    "trigger"})
@MultiCut(name = "trig", cuts = {"trigger"}, cutsNames = {"t"})
@MultiCut(name = "trig2", cuts = {"trigger"},
    cutsNames = {"u"})
@ColOut(collection = "Muon", columns = {"pt"})
@ColOut(collection = "Muon",
    columns = {"eta", "phi"})
class RepeatedCategory {
  @Cut(name = "trigger", stage = Stage.CATEGORY)
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }
}
