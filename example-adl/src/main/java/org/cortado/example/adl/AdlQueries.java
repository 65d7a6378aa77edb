package org.cortado.example.adl;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.Category;
import org.cortado.annotations.Col;
import org.cortado.annotations.CollectionView;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Derived;
import org.cortado.annotations.Field;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.Merge;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Stage;

/**
 * The IRIS-HEP ADL benchmark queries Q1–Q8 on NanoAOD names, with the histograms, definitions and
 * binnings of the shared ADL-QUERIES.md: unweighted counts, every event processed, each query a
 * histogram in the category that selects its events. Light leptons are muons and electrons
 * together ({@code Lepton}, merged and ordered by pT, {@code source} 0 for muons, 1 for
 * electrons).
 */
@Analysis(name = "adl")
@Merge(name = "Lepton", collections = {"Muon", "Electron"})
@Category(name = "all")
@Category(name = "q4", cuts = "twoJetsAbove40")
@Category(name = "q5", cuts = "oppositeChargeMuonPairNearZ")
@Category(name = "q6", cuts = "threeJets")
@Category(name = "q8", cuts = "threeLeptonsWithSfosPair")
@Histogram(name = "q1_met", categories = "all", axes = @Axis(field = "MET_pt", bins = 100, low = 0, high = 200))
@Histogram(name = "q2_jet_pt", categories = "all", axes = @Axis(coll = "Jet", field = "pt", bins = 100, low = 15, high = 60))
@Histogram(name = "q3_jet_pt_central", categories = "all",
    axes = @Axis(coll = "CentralJet", field = "pt", bins = 100, low = 15, high = 60))
@Histogram(name = "q4_met", categories = "q4", axes = @Axis(field = "MET_pt", bins = 100, low = 0, high = 200))
@Histogram(name = "q5_met", categories = "q5", axes = @Axis(field = "MET_pt", bins = 100, low = 0, high = 200))
@Histogram(name = "q7_ht", categories = "all", axes = @Axis(field = "ht", bins = 100, low = 15, high = 200))
public final class AdlQueries {
  private AdlQueries() {}

  static final double TOP_MASS = 172.5;
  static final double Z_MASS = 91.2;

  /** Jets: four-vectors and the DeepCSV b-tag. */
  interface Jets extends CollectionView {
    float pt(int i);

    float eta(int i);

    float phi(int i);

    float mass(int i);

    @Field("btagDeepB")
    float btag(int i);
  }

  /** Muons, electrons or both: four-vectors and charge. */
  interface Leptons extends CollectionView {
    float pt(int i);

    float eta(int i);

    float phi(int i);

    float mass(int i);

    int charge(int i);

    /** The invariant mass of objects {@code i} and {@code j}. */
    default double mass(int i, int j) {
      return FourVectors.mass(
          FourVectors.energy(pt(i), eta(i), phi(i), mass(i)) + FourVectors.energy(pt(j), eta(j), phi(j), mass(j)),
          FourVectors.px(pt(i), phi(i)) + FourVectors.px(pt(j), phi(j)),
          FourVectors.py(pt(i), phi(i)) + FourVectors.py(pt(j), phi(j)),
          FourVectors.pz(pt(i), eta(i)) + FourVectors.pz(pt(j), eta(j)));
    }
  }

  /** The merged light leptons, with the flavour they come from. */
  interface LightLeptons extends Leptons {
    int source(int i);

    /** Same flavour, opposite charge. */
    default boolean sfos(int i, int j) {
      return source(i) == source(j) && charge(i) * charge(j) < 0;
    }
  }

  // ---- Q3 and Q7: jets selected per object.

  @ObjectSelection(name = "CentralJet", collection = "Jet")
  static boolean central(@Col("Jet_eta") float eta) {
    return Math.abs(eta) < 1;
  }

  /** Jets above 30 GeV not within ΔR 0.4 of any light lepton above 10 GeV. */
  @ObjectSelection(name = "CleanJet", collection = "Jet")
  static boolean clean(@Col("Jet_pt") float pt, @Col("Jet_eta") float eta, @Col("Jet_phi") float phi,
      @Col("Lepton") Leptons leptons) {
    if (!(pt > 30)) {
      return false;
    }
    for (int l = 0; l < leptons.size(); l++) {
      if (leptons.pt(l) > 10 && FourVectors.deltaR(eta, phi, leptons.eta(l), leptons.phi(l)) < 0.4) {
        return false;
      }
    }
    return true;
  }

  /** Q7: the scalar sum of the clean jets' pT, 0 without one. */
  @Derived(name = "ht")
  static double ht(@Col("CleanJet") Jets jets) {
    double ht = 0;
    for (int i = 0; i < jets.size(); i++) {
      ht += jets.pt(i);
    }
    return ht;
  }

  // ---- Q4, Q5: event masks.

  @Cut(name = "twoJetsAbove40", stage = Stage.CATEGORY)
  static boolean twoJetsAbove40(@Col("Jet") Jets jets) {
    int above = 0;
    for (int i = 0; i < jets.size(); i++) {
      if (jets.pt(i) > 40) {
        above++;
      }
    }
    return above >= 2;
  }

  /** Any two muons of opposite charge with 60 < m < 120 GeV, not only the leading ones. */
  @Cut(name = "oppositeChargeMuonPairNearZ", stage = Stage.CATEGORY)
  static boolean oppositeChargeMuonPairNearZ(@Col("Muon") Leptons muons) {
    for (int i = 0; i < muons.size(); i++) {
      for (int j = i + 1; j < muons.size(); j++) {
        if (muons.charge(i) * muons.charge(j) < 0) {
          double m = muons.mass(i, j);
          if (m > 60 && m < 120) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---- Q6: the trijet closest to the top mass.

  @Cut(name = "threeJets", stage = Stage.CATEGORY)
  static boolean threeJets(@Col("nJet") int n) {
    return n >= 3;
  }

  /** The jets i < j < k whose summed mass is closest to 172.5 GeV, as {@link Triplet}; -1 without three. */
  @Derived(name = "bestTrijet")
  static int bestTrijet(@Col("Jet") Jets jets) {
    int best = -1;
    double closest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < jets.size(); i++) {
      for (int j = i + 1; j < jets.size(); j++) {
        for (int k = j + 1; k < jets.size(); k++) {
          double distance = Math.abs(trijetMass(jets, i, j, k) - TOP_MASS);
          if (distance < closest) {
            closest = distance;
            best = Triplet.of(i, j, k);
          }
        }
      }
    }
    return best;
  }

  @Histogram(name = "q6_trijet_pt", categories = "q6", axes = @Axis(bins = 100, low = 15, high = 40))
  static double trijetPt(@Col("Jet") Jets jets, @Col("bestTrijet") int best) {
    int i = Triplet.first(best);
    int j = Triplet.second(best);
    int k = Triplet.third(best);
    double px = FourVectors.px(jets.pt(i), jets.phi(i)) + FourVectors.px(jets.pt(j), jets.phi(j))
        + FourVectors.px(jets.pt(k), jets.phi(k));
    double py = FourVectors.py(jets.pt(i), jets.phi(i)) + FourVectors.py(jets.pt(j), jets.phi(j))
        + FourVectors.py(jets.pt(k), jets.phi(k));
    return Math.sqrt(px * px + py * py);
  }

  @Histogram(name = "q6_trijet_btag", categories = "q6", axes = @Axis(bins = 100, low = 0, high = 1))
  static double trijetBtag(@Col("Jet") Jets jets, @Col("bestTrijet") int best) {
    return Math.max(Math.max(jets.btag(Triplet.first(best)), jets.btag(Triplet.second(best))),
        jets.btag(Triplet.third(best)));
  }

  private static double trijetMass(Jets jets, int i, int j, int k) {
    return FourVectors.mass(
        FourVectors.energy(jets.pt(i), jets.eta(i), jets.phi(i), jets.mass(i))
            + FourVectors.energy(jets.pt(j), jets.eta(j), jets.phi(j), jets.mass(j))
            + FourVectors.energy(jets.pt(k), jets.eta(k), jets.phi(k), jets.mass(k)),
        FourVectors.px(jets.pt(i), jets.phi(i)) + FourVectors.px(jets.pt(j), jets.phi(j))
            + FourVectors.px(jets.pt(k), jets.phi(k)),
        FourVectors.py(jets.pt(i), jets.phi(i)) + FourVectors.py(jets.pt(j), jets.phi(j))
            + FourVectors.py(jets.pt(k), jets.phi(k)),
        FourVectors.pz(jets.pt(i), jets.eta(i)) + FourVectors.pz(jets.pt(j), jets.eta(j))
            + FourVectors.pz(jets.pt(k), jets.eta(k)));
  }

  // ---- Q8: three light leptons, the same-flavour opposite-charge pair nearest the Z.

  /** The SFOS lepton pair i < j whose mass is closest to 91.2 GeV, as {@link Triplet}; -1 without one. */
  @Derived(name = "zPair")
  static int zPair(@Col("Lepton") LightLeptons leptons) {
    int best = -1;
    double closest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < leptons.size(); i++) {
      for (int j = i + 1; j < leptons.size(); j++) {
        if (leptons.sfos(i, j)) {
          double distance = Math.abs(leptons.mass(i, j) - Z_MASS);
          if (distance < closest) {
            closest = distance;
            best = Triplet.of(i, j, 0);
          }
        }
      }
    }
    return best;
  }

  @Cut(name = "threeLeptonsWithSfosPair", stage = Stage.CATEGORY)
  static boolean threeLeptonsWithSfosPair(@Col("nLepton") int leptons, @Col("zPair") int pair) {
    return leptons >= 3 && pair >= 0;
  }

  /** mT of MET with the highest-pT light lepton outside the Z pair (leptons are ordered by pT). */
  @Histogram(name = "q8_mt", categories = "q8", axes = @Axis(bins = 100, low = 15, high = 250))
  static double transverseMass(@Col("Lepton") LightLeptons leptons, @Col("zPair") int pair,
      @Col("MET_pt") float met, @Col("MET_phi") float metPhi) {
    int l = 0;
    while (l == Triplet.first(pair) || l == Triplet.second(pair)) {
      l++;
    }
    double dphi = FourVectors.deltaPhi(leptons.phi(l), metPhi);
    return Math.sqrt(2 * (double) leptons.pt(l) * met * (1 - Math.cos(dphi)));
  }
}
