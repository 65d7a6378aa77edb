package org.cortado.bench.kernel;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.AxisType;
import org.cortado.annotations.Category;
import org.cortado.annotations.Col;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Stage;
import org.cortado.annotations.StandardWeight;
import org.cortado.annotations.Weight;

/**
 * the runtime tests' {@code org.cortado.runtime.exec.fixture.DiMuon} without its {@code @ColOut}: the same cuts, categories,
 * weights and histograms, so every output has a fixed size and a kernel call that allocates
 * nothing per event shows up as zero bytes in {@link KernelBenchmark}. (A {@code @ColOut} column
 * grows with the events it keeps, which is allocation by design.)
 */
@Analysis(name = "dimuonHistograms")
@Weight(standard = StandardWeight.GEN_WEIGHT)
@Category(name = "baseline")
@Category(name = "os", cuts = {"oppositeCharge"})
@Category(name = "triggered", cuts = {"oppositeCharge", "isoMu24"})
@Histogram(name = "nMuonGood", axes = @Axis(field = "nMuonGood", type = AxisType.INTEGER, low = 0, high = 6))
@Histogram(name = "MuonGood_pt", axes = @Axis(coll = "MuonGood", field = "pt", bins = 20, low = 0, high = 100))
@Histogram(name = "MuonGood_eta_phi", categories = {"baseline"},
    axes = {@Axis(coll = "MuonGood", field = "eta", bins = 6, low = -2.4, high = 2.4),
            @Axis(coll = "MuonGood", field = "phi", bins = 4, low = -3.2, high = 3.2)})
public final class DiMuonHistograms {
  private DiMuonHistograms() {}

  @Cut(name = "nPVgood_1", stage = Stage.SKIM)
  static boolean goodVertex(@Col("PV_npvsGood") int npv) {
    return npv >= 1;
  }

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt, @Col("Muon_eta") float eta,
      @Col("Muon_looseId") boolean looseId) {
    return pt > 5 && Math.abs(eta) < 2.4f && looseId;
  }

  @Cut(name = "twoMuons")
  static boolean twoMuons(@Col("nMuonGood") int n) {
    return n >= 2;
  }

  @Cut(name = "oppositeCharge", stage = Stage.CATEGORY)
  static boolean oppositeCharge(@Col(value = "MuonGood_charge", pos = 0) int q1,
      @Col(value = "MuonGood_charge", pos = 1) int q2) {
    return q1 + q2 == 0;
  }

  @Cut(name = "isoMu24", stage = Stage.CATEGORY)
  static boolean isoMu24(@Col("HLT_IsoMu24") boolean hlt) {
    return hlt;
  }

  @Weight(name = "sf_toy", up = "sfToyUp", down = "sfToyDown", categories = {"os", "triggered"})
  static double sfToy(@Col(value = "MuonGood_pt", pos = 0) float pt1) {
    return pt1 > 30 ? 0.97 : 1.02;
  }

  static double sfToyUp(@Col(value = "MuonGood_pt", pos = 0) float pt1) {
    return sfToy(pt1) * 1.05;
  }

  static double sfToyDown(@Col(value = "MuonGood_pt", pos = 0) float pt1) {
    return sfToy(pt1) * 0.95;
  }

  @Histogram(name = "mll", axes = @Axis(bins = 40, low = 0, high = 200, label = "$M_{ll}$ [GeV]"))
  static double mll(@Col(value = "MuonGood_pt", pos = 0) float pt1,
      @Col(value = "MuonGood_eta", pos = 0) float eta1, @Col(value = "MuonGood_phi", pos = 0) float phi1,
      @Col(value = "MuonGood_pt", pos = 1) float pt2, @Col(value = "MuonGood_eta", pos = 1) float eta2,
      @Col(value = "MuonGood_phi", pos = 1) float phi2) {
    return Math.sqrt(2 * pt1 * pt2 * (Math.cosh(eta1 - eta2) - Math.cos(phi1 - phi2)));
  }
}
