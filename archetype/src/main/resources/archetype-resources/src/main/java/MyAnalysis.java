package ${package};

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.AxisType;
import org.cortado.annotations.Category;
import org.cortado.annotations.Col;
import org.cortado.annotations.ColOut;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Param;
import org.cortado.annotations.Stage;
import org.cortado.annotations.StandardWeight;
import org.cortado.annotations.Weight;

/**
 * A dimuon analysis to start from: skim on the single-muon trigger, select good muons, keep events
 * with two of opposite charge, and histogram their invariant mass in two categories. Change it,
 * then run {@code mvn compile}: the Cortado processor checks every name against the NanoAOD schema
 * and writes {@code MyAnalysis_Kernel} beside this class.
 */
@Analysis(name = "${analysisName}", years = "2018", params = "params/analysis.yaml")
@Weight(standard = StandardWeight.GEN_WEIGHT)
@Category(name = "baseline")
@Category(name = "highPt", cuts = {"leadingAbove50"})
@Histogram(name = "nMuonGood", axes = @Axis(field = "nMuonGood", type = AxisType.INTEGER, low = 0, high = 5))
@Histogram(name = "MuonGood_pt", axes = @Axis(coll = "MuonGood", field = "pt", bins = 40, low = 0, high = 200))
@ColOut(collection = "MuonGood", columns = {"pt", "eta", "phi"})
@ColOut(columns = {"run", "luminosityBlock", "event"})
public final class MyAnalysis {
  private MyAnalysis() {}

  @Cut(name = "trigger", stage = Stage.SKIM)
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt, @Col("Muon_eta") float eta,
      @Col("Muon_tightId") boolean tightId, @Param("muons.ptMin") float ptMin,
      @Param("muons.etaMax") float etaMax) {
    return pt > ptMin && Math.abs(eta) < etaMax && tightId;
  }

  @Cut(name = "dimuon")
  static boolean dimuon(@Col("nMuonGood") int n, @Col(value = "MuonGood_charge", pos = 0) int q1,
      @Col(value = "MuonGood_charge", pos = 1) int q2) {
    return n >= 2 && q1 + q2 == 0;
  }

  @Cut(name = "leadingAbove50", stage = Stage.CATEGORY)
  static boolean leadingAbove50(@Col(value = "MuonGood_pt", pos = 0) float pt1) {
    return pt1 > 50;
  }

  @Histogram(name = "mll", axes = @Axis(bins = 60, low = 60, high = 120, label = "m(mu mu) [GeV]"))
  static double mll(@Col(value = "MuonGood_pt", pos = 0) float pt1,
      @Col(value = "MuonGood_eta", pos = 0) float eta1, @Col(value = "MuonGood_phi", pos = 0) float phi1,
      @Col(value = "MuonGood_pt", pos = 1) float pt2, @Col(value = "MuonGood_eta", pos = 1) float eta2,
      @Col(value = "MuonGood_phi", pos = 1) float phi2) {
    return Math.sqrt(2 * pt1 * pt2 * (Math.cosh(eta1 - eta2) - Math.cos(phi1 - phi2)));
  }
}
