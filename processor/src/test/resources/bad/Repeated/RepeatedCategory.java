package bad.repeated;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Category(name = "baseline")
@Category(name = "triggered", cuts = {"trigger"})
@Category(name = "tight", cuts = {"trigger",
    "triger"}) // expect-error: Category.UnknownCut
@MultiCut(name = "trig", cuts = {"trigger"}, cutsNames = {"t"})
@MultiCut(name = "trig2", cuts = {"trigger"},
    cutsNames = {"t", "u"}) // expect-error: MultiCut.NamesMismatch
@ColOut(collection = "Muon", columns = {"pt"})
@ColOut(collection = "Muon",
    columns = {"eta", "phii"}) // expect-error: ColOut.UnknownField
class RepeatedCategory {
  @Cut(name = "trigger", stage = Stage.CATEGORY)
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }
}
