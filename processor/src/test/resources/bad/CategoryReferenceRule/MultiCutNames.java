package bad.categoryreferencerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@MultiCut(name = "trig", cuts = {"trigger"}, cutsNames = {"t", "u"}) // expect-error: MultiCut.NamesMismatch
class MultiCutNames {
  @Cut(name = "trigger", stage = Stage.CATEGORY)
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }
}
