package bad.repeated;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Category(name = "triggered", cuts = {"trigger"})
@Histogram(name = "nmu",
    axes = @Axis(field = "nMuon", bins = 5, low = 0, high = 5))
@Histogram(name = "npv",
    axes = @Axis(field = "PV_npvsGood", bins = 0, low = 0, high = 10)) // expect-error: Histogram.BinsNotPositive
@Histogram(name = "npv_nmu", categories = {"triggered",
        "trigered"}, // expect-error: Category.Unknown
    axes = {@Axis(field = "PV_npvsGood", bins = 10, low = 0, high = 10),
            @Axis(field = "nMuon", bins = 5, low = 5,
                high = 0)}) // expect-error: Histogram.EmptyRange
@Histogram(name = "nfield",
    axes = @Axis(bins = 10, low = 0, high = 10)) // expect-error: Histogram.AxisWithoutField
class RepeatedHistogram {
  @Cut(name = "trigger", stage = Stage.CATEGORY)
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }
}
