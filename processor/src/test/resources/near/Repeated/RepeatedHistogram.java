package near.repeated;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Category(name = "baseline")
@Category(name = "triggered", cuts = {"trigger"})
@Histogram(name = "nmu",
    axes = @Axis(field = "nMuon", bins = 5, low = 0, high = 5))
@Histogram(name = "npv",
    axes = @Axis(field = "PV_npvsGood", bins = 1, low = 0, high = 10))
@Histogram(name = "npv_nmu", categories = {"baseline",
        "triggered"},
    axes = {@Axis(field = "PV_npvsGood", bins = 10, low = 0, high = 10),
            @Axis(field = "nMuon", bins = 5, low = 0,
                high = 5)})
@Histogram(name = "nfield",
    axes = @Axis(field = "nMuon", bins = 10, low = 0, high = 10))
class RepeatedHistogram {
  @Cut(name = "trigger", stage = Stage.CATEGORY)
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }
}
