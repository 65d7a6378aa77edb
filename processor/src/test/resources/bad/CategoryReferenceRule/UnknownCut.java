package bad.categoryreferencerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Category(name = "triggered", cuts = {"triger"}) // expect-error: Category.UnknownCut
class UnknownCut {
  @Cut(name = "trigger", stage = Stage.CATEGORY)
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }
}
