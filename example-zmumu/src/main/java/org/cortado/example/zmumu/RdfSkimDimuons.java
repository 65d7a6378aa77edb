package org.cortado.example.zmumu;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.AxisType;
import org.cortado.annotations.Category;
import org.cortado.annotations.Col;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Derived;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.Stage;
import org.cortado.annotations.StandardWeight;
import org.cortado.annotations.Weight;

/**
 * Dimuons in an RDataFrame skim ({@code tools/make_rdf_skim.py}) rather than in NanoAOD: its good
 * muons and jets are {@code RVec} columns that RDataFrame {@code Define}d, with no counter branch.
 * The schema ({@code rdf/dy-rdf-skim.schema.tsv}, written by {@code cortado schema}) names them
 * collections {@code GoodMuon} and {@code GoodJet}, and the analysis uses them as it would NanoAOD's
 * {@code Muon} and {@code Jet}, their sizes coming from the vectors.
 */
@Analysis(name = "rdf-skim-dimuons", schema = "rdf/dy-rdf-skim.schema.tsv")
@Weight(standard = StandardWeight.GEN_WEIGHT)
@Category(name = "baseline")
@Histogram(name = "nGoodJet", axes = @Axis(field = "nGoodJet", type = AxisType.INTEGER, low = 0, high = 6, label = "$N_{jets}$"))
@Histogram(name = "GoodJet_pt_1",
    axes = @Axis(coll = "GoodJet", field = "pt", pos = 0, bins = 40, low = 0, high = 200, label = "$p_{T}^{j}$ [GeV] for Obj. #1"))
@Histogram(name = "mll", axes = @Axis(field = "mll", bins = 60, low = 60, high = 120, label = "$M_{\\mu\\mu}$ [GeV]"))
public final class RdfSkimDimuons {
  private RdfSkimDimuons() {}

  /** Two good muons of opposite charge. */
  @Cut(name = "opposite_sign_pair", stage = Stage.PRESELECTION)
  static boolean oppositeSignPair(@Col("GoodMuon") ZMuMuAnalysis.Leptons muons) {
    return muons.size() >= 2 && muons.charge(0) != muons.charge(1);
  }

  /** The mass of the two leading good muons. */
  @Derived(name = "mll")
  static double mll(@Col("GoodMuon") ZMuMuAnalysis.Leptons muons) {
    return muons.size() < 2 ? Double.NaN : Kinematics.invariantMass(muons, 0, 1);
  }
}
