package bad.categoryreferencerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Category(name = "triggered", cuts = {"trigger"})
@Histogram(name = "npv", categories = {"trigered"}, // expect-error: Category.Unknown
    axes = @Axis(field = "PV_npvsGood", bins = 10, low = 0, high = 10))
class UnknownCategory {
  @Cut(name = "trigger", stage = Stage.CATEGORY)
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }
}
