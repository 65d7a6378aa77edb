package bad.many;

import org.cortado.annotations.*;

@Analysis(name = "many")
@Category(name = "triggered", cuts = {"trigerr"}) // expect-error: Category.UnknownCut
@Histogram(name = "npv",
    axes = @Axis(field = "PV_npvsGood", bins = 0, low = 0, high = 10)) // expect-error: Histogram.BinsNotPositive
@ColOut(collection = "Muon", columns = {"ptt"}) // expect-error: ColOut.UnknownField
class ManyMistakes {
  @Cut(name = "trigger", stage = Stage.SKIM)
  static boolean trigger(@Col("HLT_IsoMu42") boolean hlt) { // expect-error: Column.Unknown
    return hlt;
  }

  @Cut(name = "pt")
  static boolean pt(@Col(value = "Muon_pt", pos = 0) double pt) { // expect-error: Column.WrongType
    return pt > 10;
  }

  @Cut(name = "count")
  static int count(@Col("nMuon") int n) { // expect-error: Cut.NotBoolean
    return n;
  }

  @Weight(name = "pileup", down = "puDown") // expect-error: Weight.UnpairedVariation
  static float pu(@Col("Pileup_nTrueInt") float n) {
    return n;
  }

  static float puDown(@Col("Pileup_nTrueInt") float n) {
    return n;
  }
}
