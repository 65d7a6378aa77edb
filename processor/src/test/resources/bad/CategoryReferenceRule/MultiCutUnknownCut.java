package bad.categoryreferencerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@MultiCut(name = "trig", cuts = {"trigger", "triger"}) // expect-error: Category.UnknownCut
@MultiCut(name = "met", cuts = {"lowMet"})
class MultiCutUnknownCut {
  @Cut(name = "trigger", stage = Stage.CATEGORY)
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }

  @Cut(name = "lowMet", stage = Stage.CATEGORY)
  static boolean lowMet(@Col("MET_pt") float met) {
    return met < 50;
  }
}
