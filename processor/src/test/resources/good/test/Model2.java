package test;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.Category;
import org.cortado.annotations.Col;
import org.cortado.annotations.ColOut;
import org.cortado.annotations.CollectionView;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Derived;
import org.cortado.annotations.EventKind;
import org.cortado.annotations.Flags;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.Merge;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Param;
import org.cortado.annotations.Stage;
import org.cortado.annotations.Subsample;

/**
 * Analysis model 2 in one place: views, a merged collection, derived columns per event and per
 * object, flags and branches chosen per period, a per-period threshold, data-only and MC-only
 * steps, and per-event column exports.
 */
@Analysis(name = "model2", years = {"2018", "2017"}, params = "analysis/choices.yaml")
@Merge(name = "LeptonGood", collections = {"MuonGood", "ElectronGood"})
@Category(name = "all")
@Category(name = "twoLeptons", cuts = "twoLeptons")
@Histogram(name = "lepton_pt", axes = @Axis(coll = "LeptonGood", field = "pt", bins = 20, low = 0, high = 200))
@Histogram(name = "jet_ptRaw", axes = @Axis(coll = "JetGood", field = "ptRaw", bins = 20, low = 0, high = 200))
@Histogram(name = "mll", categories = "twoLeptons", axes = @Axis(field = "mll", bins = 20, low = 0, high = 200))
@Histogram(name = "trueInteractions", on = EventKind.MC,
    axes = @Axis(field = "Pileup_nTrueInt", bins = 10, low = 0, high = 100))
@ColOut(columns = {"event", "MET_pt", "mll"}, categories = "twoLeptons")
@ColOut(collection = "LeptonGood", columns = {"pt", "source"})
@Subsample(sample = "DYJetsToLL", name = "twoLeptons", cuts = "twoLeptons")
@Subsample(sample = "DYJetsToLL", name = "all")
final class Model2 {
  private Model2() {}

  interface P4 extends CollectionView {
    float pt(int i);

    float eta(int i);

    float phi(int i);
  }

  @Cut(name = "flags", stage = Stage.SKIM)
  static boolean flags(@Col("${period_flags.${year}}") Flags flags,
      @Col(value = "Flag_${event_flags_data.${year}}", on = EventKind.DATA) Flags dataFlags) {
    return flags.all() && dataFlags.all();
  }

  @Cut(name = "leading", stage = Stage.SKIM)
  static boolean leading(@Col(value = "${varying.${year}}", pos = 0) float value,
      @Param("threshold.${year}") float threshold) {
    return value > threshold;
  }

  @Cut(name = "vertex", stage = Stage.SKIM, on = EventKind.DATA)
  static boolean vertex(@Col("PV_npvsGood") int npv) {
    return npv > 0;
  }

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt, @Col("Muon_${muon_id}") boolean id) {
    return pt > 15 && id;
  }

  @ObjectSelection(name = "ElectronGood", collection = "Electron")
  static boolean electronGood(@Col("Electron_pt") float pt) {
    return pt > 15;
  }

  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_eta") float eta, @Col("Jet_phi") float phi,
      @Col("LeptonGood") P4 leptons) {
    for (int l = 0; l < leptons.size(); l++) {
      float deta = eta - leptons.eta(l);
      float dphi = phi - leptons.phi(l);
      if (deta * deta + dphi * dphi < 0.16f) {
        return false;
      }
    }
    return true;
  }

  @Derived(name = "ptRaw", collection = "JetGood")
  static float ptRaw(@Col("Jet_pt") float pt, @Col("Jet_rawFactor") float rawFactor) {
    return pt * (1 - rawFactor);
  }

  @Derived(name = "mll")
  static double mll(@Col(value = "LeptonGood_pt", pos = 0) float pt1,
      @Col(value = "LeptonGood_pt", pos = 1) float pt2) {
    return 2 * Math.sqrt(pt1 * pt2);
  }

  @Cut(name = "twoLeptons", stage = Stage.CATEGORY)
  static boolean twoLeptons(@Col("nLeptonGood") int n) {
    return n == 2;
  }
}
