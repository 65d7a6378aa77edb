package broken;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.Col;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Stage;

/** A copy of the Z->mumu analysis with two mistakes an analyst makes: a misspelt branch and no bins. */
@Analysis(name = "broken")
final class BrokenZMuMu {
  private BrokenZMuMu() {}

  @Cut(name = "HLT_trigger_SingleMuon", stage = Stage.SKIM)
  static boolean trigger(@Col("HLT_IsoMu24") boolean isoMu24) {
    return isoMu24;
  }

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_ptt") float pt, @Col("Muon_tightId") boolean tightId) {
    return pt > 15 && tightId;
  }

  @Histogram(name = "mll", axes = @Axis(bins = 0, low = 0, high = 200))
  static double mll(@Col(value = "MuonGood_pt", pos = 0) float pt1, @Col(value = "MuonGood_pt", pos = 1) float pt2) {
    return pt1 + pt2;
  }
}
