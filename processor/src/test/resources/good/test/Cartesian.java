package test;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.AxisType;
import org.cortado.annotations.Col;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.MultiCut;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Stage;
import org.cortado.annotations.Weight;

/** CartesianSelection with two MultiCut axes, a selection of a selection, sample restrictions. */
@Analysis(name = "cartesian", genWeight = "")
@MultiCut(name = "nJets", cuts = {"oneJet", "twoJets"}, cutsNames = {"1j", "2j"})
@MultiCut(name = "btag", cuts = {"noB", "oneB"})
@Histogram(name = "nBJetGood", samples = {"TTToSemiLeptonic"}, variations = false,
    axes = @Axis(field = "nBJetGood", type = AxisType.CATEGORICAL, values = {0, 1, 2}))
@Histogram(name = "Jet_pt", axes = @Axis(coll = "Jet", field = "pt", bins = 5, low = 0, high = 250))
final class Cartesian {
  private Cartesian() {}

  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_pt") float pt, @Col("Jet_eta") float eta) {
    return pt > 30 && Math.abs(eta) < 2.4f;
  }

  @ObjectSelection(name = "BJetGood", collection = "JetGood")
  static boolean bJetGood(@Col("Jet_btagDeepFlavB") float b) {
    return b > 0.2783f;
  }

  @Cut(name = "oneJet", stage = Stage.CATEGORY)
  static boolean oneJet(@Col("nJetGood") int n) {
    return n == 1;
  }

  @Cut(name = "twoJets", stage = Stage.CATEGORY)
  static boolean twoJets(@Col("nJetGood") int n) {
    return n >= 2;
  }

  @Cut(name = "noB", stage = Stage.CATEGORY)
  static boolean noB(@Col("nBJetGood") int n) {
    return n == 0;
  }

  @Cut(name = "oneB", stage = Stage.CATEGORY)
  static boolean oneB(@Col("nBJetGood") int n) {
    return n >= 1;
  }

  @Weight(name = "topPt", samples = {"TTToSemiLeptonic"})
  static double topPt(@Col(value = "Jet_pt", pos = 0) float pt) {
    return Math.exp(-0.001 * pt);
  }
}
