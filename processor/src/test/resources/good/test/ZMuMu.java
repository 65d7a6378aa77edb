package test;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.AxisType;
import org.cortado.annotations.Category;
import org.cortado.annotations.Col;
import org.cortado.annotations.ColOut;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Stage;
import org.cortado.annotations.Weight;

/** PocketCoffea's Z->mumu example, reduced to what the fixtures hold. */
@Analysis(name = "zmumu")
@Category(name = "baseline")
@Category(name = "highPt", cuts = {"leadingPt50"})
@Histogram(name = "nMuonGood", axes = @Axis(field = "nMuonGood", type = AxisType.INTEGER, low = 0, high = 3))
@Histogram(name = "MuonGood_pt_1", axes = @Axis(coll = "MuonGood", field = "pt", pos = 0, bins = 50, low = 0, high = 150))
@Histogram(name = "MuonGood_eta", axes = @Axis(coll = "MuonGood", field = "eta", edges = {-2.4, -1.2, 0, 1.2, 2.4}))
@Histogram(name = "MuonGood_pt_eta", categories = {"baseline"},
    axes = {@Axis(coll = "MuonGood", field = "pt", bins = 10, low = 0, high = 100),
            @Axis(coll = "MuonGood", field = "eta", bins = 4, low = -2.4, high = 2.4)})
@ColOut(collection = "MuonGood", columns = {"pt", "eta"})
final class ZMuMu {
  private ZMuMu() {}

  @Cut(name = "nPVgood_1", stage = Stage.SKIM)
  static boolean goodVertex(@Col("PV_npvsGood") int npv) {
    return npv >= 1;
  }

  @Cut(name = "HLT_trigger_SingleMuon", stage = Stage.SKIM)
  static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt, @Col("Muon_eta") float eta,
      @Col("Muon_tightId") boolean tightId) {
    return pt > 15 && Math.abs(eta) < 2.4f && tightId;
  }

  @Cut(name = "dilepton")
  static boolean dimuon(@Col("nMuonGood") int n,
      @Col(value = "MuonGood_pt", pos = 0) float pt1,
      @Col(value = "MuonGood_charge", pos = 0) int q1,
      @Col(value = "MuonGood_charge", pos = 1) int q2) {
    return n == 2 && pt1 > 25 && q1 + q2 == 0;
  }

  @Cut(name = "leadingPt50", stage = Stage.CATEGORY)
  static boolean leadingPt50(@Col(value = "MuonGood_pt", pos = 0) float pt1) {
    return pt1 > 50;
  }

  @Weight(name = "genWeight")
  static float genWeight(@Col("genWeight") float w) {
    return w;
  }

  @Weight(name = "sf_mu_id", up = "sfMuIdUp", down = "sfMuIdDown", categories = {"highPt"})
  static double sfMuId(@Col(value = "MuonGood_eta", pos = 0) float eta) {
    return Math.abs(eta) < 1.2f ? 0.98 : 0.95;
  }

  static double sfMuIdUp(@Col(value = "MuonGood_eta", pos = 0) float eta) {
    return sfMuId(eta) + 0.01;
  }

  static double sfMuIdDown(@Col(value = "MuonGood_eta", pos = 0) float eta) {
    return sfMuId(eta) - 0.01;
  }

  @Histogram(name = "mll", axes = @Axis(bins = 100, low = 0, high = 200, label = "$M_{ll}$ [GeV]"))
  static double mll(@Col(value = "MuonGood_pt", pos = 0) float pt1,
      @Col(value = "MuonGood_eta", pos = 0) float eta1, @Col(value = "MuonGood_phi", pos = 0) float phi1,
      @Col(value = "MuonGood_pt", pos = 1) float pt2, @Col(value = "MuonGood_eta", pos = 1) float eta2,
      @Col(value = "MuonGood_phi", pos = 1) float phi2) {
    return Math.sqrt(2 * pt1 * pt2 * (Math.cosh(eta1 - eta2) - Math.cos(phi1 - phi2)));
  }
}
