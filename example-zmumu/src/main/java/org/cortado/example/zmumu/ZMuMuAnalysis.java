package org.cortado.example.zmumu;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.AxisType;
import org.cortado.annotations.Calibrators;
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
import org.cortado.annotations.StandardWeight;
import org.cortado.annotations.Weight;

/**
 * Z→μμ in 2018 data and Drell-Yan simulation, as PocketCoffea's reference example
 * (AnalysisConfigs {@code configs/zmumu}): the same skim (with {@code eeBadScFilter} on data only),
 * object preselection with the IDs and working points read from the parameters, jets cleaned
 * against every good lepton, the dilepton preselection, weights with variations and histograms
 * with the same binnings, plus the selected muons exported as columns. The dimuon mass is a derived
 * column, computed once per event for the preselection and the histogram. Jets are calibrated as
 * PocketCoffea's {@code jet_calibration} does for simulation (JEC and JER smearing, re-sorted by
 * the new pT; Run 2 data keep theirs), and every histogram is also filled in the JES and JER
 * shape variations the parameters list.
 */
@Analysis(name = "zmumu", years = "2018", goldenJson = true,
    params = {"zmumu/params/object_preselection.yaml", "zmumu/params/triggers.yaml",
        "zmumu/params/calibration.yaml"},
    calibrators = Calibrators.JETS, shapeVariations = Calibrators.JETS)
@Weight(standard = StandardWeight.GEN_WEIGHT)
@Weight(standard = StandardWeight.LUMI)
@Weight(standard = StandardWeight.XS)
@Weight(standard = StandardWeight.PILEUP)
@Weight(standard = StandardWeight.MUON_ID, collection = "MuonGood")
@Weight(standard = StandardWeight.MUON_ISO, collection = "MuonGood")
@Merge(name = "LeptonGood", collections = {"MuonGood", "ElectronGood"})
@Category(name = "baseline")
@Histogram(name = "MuonGood_eta_1",
    axes = @Axis(coll = "MuonGood", field = "eta", pos = 0, bins = 50, low = -2.5, high = 2.5, label = "$\\eta_{\\mu}$ for Obj. #1"))
@Histogram(name = "MuonGood_pt_1",
    axes = @Axis(coll = "MuonGood", field = "pt", pos = 0, bins = 50, low = 0, high = 150, label = "$p_{T}^{\\mu}$ [GeV] for Obj. #1"))
@Histogram(name = "MuonGood_phi_1",
    axes = @Axis(coll = "MuonGood", field = "phi", pos = 0, bins = 64, low = -Math.PI, high = Math.PI, label = "$\\phi_{\\mu}$ for Obj. #1"))
@Histogram(name = "nElectronGood",
    axes = @Axis(field = "nElectronGood", type = AxisType.INTEGER, low = 0, high = 3, label = "$N_{ElectronGood}$"))
@Histogram(name = "nMuonGood",
    axes = @Axis(field = "nMuonGood", type = AxisType.INTEGER, low = 0, high = 3, label = "$N_{MuonGood}$"))
@Histogram(name = "nJets", axes = @Axis(field = "nJetGood", type = AxisType.INTEGER, low = 0, high = 8, label = "$N_{JetGood}$"))
@Histogram(name = "nBJets", axes = @Axis(field = "nBJetGood", type = AxisType.INTEGER, low = 0, high = 8, label = "$N_{BJetGood}$"))
@Histogram(name = "JetGood_eta_1",
    axes = @Axis(coll = "JetGood", field = "eta", pos = 0, bins = 50, low = -2.5, high = 2.5, label = "$\\eta_{j}$ for Obj. #1"))
@Histogram(name = "JetGood_pt_1",
    axes = @Axis(coll = "JetGood", field = "pt", pos = 0, bins = 50, low = 0, high = 300, label = "$p_{T}^{j}$ [GeV] for Obj. #1"))
@Histogram(name = "JetGood_phi_1",
    axes = @Axis(coll = "JetGood", field = "phi", pos = 0, bins = 64, low = -Math.PI, high = Math.PI, label = "$\\phi_{j}$ for Obj. #1"))
@Histogram(name = "JetGood_eta_2",
    axes = @Axis(coll = "JetGood", field = "eta", pos = 1, bins = 50, low = -2.5, high = 2.5, label = "$\\eta_{j}$ for Obj. #2"))
@Histogram(name = "JetGood_pt_2",
    axes = @Axis(coll = "JetGood", field = "pt", pos = 1, bins = 50, low = 0, high = 300, label = "$p_{T}^{j}$ [GeV] for Obj. #2"))
@Histogram(name = "JetGood_phi_2",
    axes = @Axis(coll = "JetGood", field = "phi", pos = 1, bins = 64, low = -Math.PI, high = Math.PI, label = "$\\phi_{j}$ for Obj. #2"))
@Histogram(name = "mll", axes = @Axis(field = "mll", bins = 100, low = 0, high = 200, label = "$M_{\\ell\\ell}$ [GeV]"))
@ColOut(collection = "MuonGood", columns = {"pt", "eta", "phi"})
public final class ZMuMuAnalysis {
  private ZMuMuAnalysis() {}

  /** Objects seen only by their direction, all that cleaning needs. */
  interface Directions extends CollectionView {
    float eta(int i);

    float phi(int i);
  }

  /** Good muons as four-vectors with a charge. */
  interface Leptons extends Directions {
    float pt(int i);

    float mass(int i);

    int charge(int i);
  }

  // ---- Skim, on raw NanoAOD, in PocketCoffea's order (the golden JSON row comes from @Analysis).

  @Cut(name = "nPVgood_1", stage = Stage.SKIM)
  static boolean goodVertex(@Col("PV_npvsGood") int npvsGood) {
    return npvsGood >= 1;
  }

  /** The period's event flags, and on data also the data-only ones ({@code eeBadScFilter}). */
  @Cut(name = "event_flags", stage = Stage.SKIM)
  static boolean eventFlags(@Col("Flag_${event_flags.${year}}") Flags flags,
      @Col(value = "Flag_${event_flags_data.${year}}", on = EventKind.DATA) Flags dataFlags) {
    return flags.all() && dataFlags.all();
  }

  /** At least one muon above 18 GeV: NanoAOD muons are ordered by pT, so the leading one decides. */
  @Cut(name = "nMuon_min1_pt18.0", stage = Stage.SKIM)
  static boolean oneMuonAbove18(@Col(value = "Muon_pt", pos = 0) float leadingPt) {
    return leadingPt >= 18.0f;
  }

  @Cut(name = "HLT_trigger_SingleMuon", stage = Stage.SKIM)
  static boolean trigger(@Col("HLT_${HLT_triggers.${year}.SingleMuon}") Flags paths) {
    return paths.any();
  }

  // ---- Object preselection.

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt, @Col("Muon_eta") float eta,
      @Col("Muon_pfRelIso04_all") float iso, @Col("Muon_${object_preselection.Muon.id}") boolean id,
      @Param("object_preselection.Muon.pt") float ptMin, @Param("object_preselection.Muon.eta") float etaMax,
      @Param("object_preselection.Muon.iso") float isoMax) {
    return pt > ptMin && Math.abs(eta) < etaMax && iso < isoMax && id;
  }

  @ObjectSelection(name = "ElectronGood", collection = "Electron")
  static boolean electronGood(@Col("Electron_pt") float pt, @Col("Electron_eta") float eta,
      @Col("Electron_deltaEtaSC") float deltaEtaSC, @Col("Electron_pfRelIso03_all") float iso,
      @Col("Electron_${object_preselection.Electron.id}") boolean id,
      @Param("object_preselection.Electron.pt") float ptMin, @Param("object_preselection.Electron.eta") float etaMax,
      @Param("object_preselection.Electron.iso") float isoMax) {
    float etaSC = Math.abs(eta + deltaEtaSC);
    boolean inGap = etaSC >= 1.4442f && etaSC <= 1.5660f;
    return pt > ptMin && Math.abs(eta) < etaMax && !inGap && iso < isoMax && id;
  }

  /**
   * Jets cleaned against every good lepton; the pile-up ID working point is the period's value of
   * the working point the parameters name ({@code jet_scale_factors.jet_puId}), as PocketCoffea.
   */
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_pt") double pt, @Col("Jet_eta") float eta, @Col("Jet_phi") float phi,
      @Col("Jet_jetId") int jetId, @Col("Jet_puId") int puId, @Col("LeptonGood") Directions leptons,
      @Param("object_preselection.Jet.pt") float ptMin, @Param("object_preselection.Jet.eta") float etaMax,
      @Param("object_preselection.Jet.dr_lepton") float drMin, @Param("object_preselection.Jet.jetId") int jetIdMin,
      @Param("jet_scale_factors.jet_puId.${year}.working_point.${object_preselection.Jet.puId.wp}") int puIdMin,
      @Param("object_preselection.Jet.puId.maxpt") float puIdMaxPt) {
    if (!(pt > ptMin && Math.abs(eta) < etaMax && jetId >= jetIdMin && (puId >= puIdMin || pt >= puIdMaxPt))) {
      return false;
    }
    for (int l = 0; l < leptons.size(); l++) {
      if (Kinematics.deltaR(eta, phi, leptons.eta(l), leptons.phi(l)) <= drMin) {
        return false;
      }
    }
    return true;
  }

  @ObjectSelection(name = "BJetGood", collection = "JetGood")
  static boolean bJetGood(@Col("JetGood_${btagging.working_point.${year}.btagging_algorithm}") float btag,
      @Param("btagging.working_point.${year}.btagging_WP.${object_preselection.Jet.btag.wp}") float wp) {
    return btag > wp;
  }

  // ---- Derived columns and preselection.

  /** The mass of the two leading good muons, or NaN without two, which fails the mass window. */
  @Derived(name = "mll")
  static double mll(@Col("MuonGood") Leptons muons) {
    return muons.size() < 2 ? Double.NaN : Kinematics.invariantMass(muons, 0, 1);
  }

  @Cut(name = "dilepton")
  static boolean dimuon(@Col("nMuonGood") int nMuons, @Col("nElectronGood") int nElectrons,
      @Col("MuonGood") Leptons muons, @Col("mll") double mll,
      @Param("dilepton.pt_leading_muon") float ptLeadingMin,
      @Param("dilepton.mll.low") float mllLow, @Param("dilepton.mll.high") float mllHigh) {
    return nMuons == 2 && nElectrons == 0 && muons.pt(0) > ptLeadingMin
        && muons.charge(0) + muons.charge(1) == 0 && mll > mllLow && mll < mllHigh;
  }
}
