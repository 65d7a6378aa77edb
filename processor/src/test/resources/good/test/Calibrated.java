package test;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.AxisType;
import org.cortado.annotations.Calibrators;
import org.cortado.annotations.Category;
import org.cortado.annotations.Col;
import org.cortado.annotations.CollectionView;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Derived;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Stage;
import org.cortado.annotations.Weight;

/**
 * Jets and MET calibrated, with the jet and unclustered-energy shape variations: a selection and a
 * derived column that read calibrated jets, a preselection cut that does and one that does not
 * (after it), a category mask of each kind, a weight with variations that reads no jet, and
 * histograms of jets, of the MET, of muons and one without variations.
 */
@Analysis(name = "calibrated", years = "2018", params = "analysis/calibration.yaml",
    calibrators = {Calibrators.JETS, Calibrators.MET},
    shapeVariations = {Calibrators.JETS, "unclust_En"})
@Category(name = "twoJets", cuts = "twoJets")
@Category(name = "central", cuts = "central")
@Histogram(name = "nJetGood", axes = @Axis(field = "nJetGood", type = AxisType.INTEGER, low = 0, high = 6))
@Histogram(name = "HT", axes = @Axis(field = "HT", bins = 20, low = 0, high = 1000))
@Histogram(name = "jet_pt", axes = @Axis(coll = "JetGood", field = "pt", bins = 20, low = 0, high = 500))
@Histogram(name = "met", axes = @Axis(field = "MET_pt", bins = 20, low = 0, high = 200))
@Histogram(name = "muon_pt", variations = false,
    axes = @Axis(coll = "MuonGood", field = "pt", pos = 0, bins = 20, low = 0, high = 200))
final class Calibrated {
  private Calibrated() {}

  interface Jets extends CollectionView {
    double pt(int i);
  }

  @Cut(name = "oneMuon", stage = Stage.SKIM)
  static boolean oneMuon(@Col("nMuon") int n) {
    return n > 0;
  }

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt) {
    return pt > 20;
  }

  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_pt") double pt, @Col("Jet_eta") float eta) {
    return pt > 30 && Math.abs(eta) < 2.4f;
  }

  @Derived(name = "HT")
  static double ht(@Col("JetGood") Jets jets) {
    double sum = 0;
    for (int i = 0; i < jets.size(); i++) {
      sum += jets.pt(i);
    }
    return sum;
  }

  @Cut(name = "oneJet", stage = Stage.PRESELECTION)
  static boolean oneJet(@Col("nJetGood") int n) {
    return n > 0;
  }

  @Cut(name = "oneGoodMuon", stage = Stage.PRESELECTION)
  static boolean oneGoodMuon(@Col("nMuonGood") int n) {
    return n > 0;
  }

  @Cut(name = "twoJets", stage = Stage.CATEGORY)
  static boolean twoJets(@Col("nJetGood") int n) {
    return n >= 2;
  }

  @Cut(name = "central", stage = Stage.CATEGORY)
  static boolean central(@Col(value = "MuonGood_eta", pos = 0) float eta) {
    return Math.abs(eta) < 1.2f;
  }

  @Weight(name = "muonWeight", up = "muonWeightUp", down = "muonWeightDown")
  static double muonWeight(@Col(value = "MuonGood_pt", pos = 0) float pt) {
    return 1 + pt / 1000;
  }

  static double muonWeightUp(@Col(value = "MuonGood_pt", pos = 0) float pt) {
    return 1 + pt / 500;
  }

  static double muonWeightDown(@Col(value = "MuonGood_pt", pos = 0) float pt) {
    return 1;
  }
}
