package org.cortado.example.zmumu;

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
 * Z→μμ in 2018 data and Drell-Yan simulation, as PocketCoffea's reference example
 * (AnalysisConfigs {@code configs/zmumu}): the same skim, object preselection, dilepton
 * preselection, weights with variations and histograms with the same binnings, plus the selected
 * muons exported as columns.
 *
 * <p>Two deliberate differences, both forced by static per-event methods: the data-only event flag
 * {@code eeBadScFilter} is not part of the flag cut, and jets are cleaned against the two leading
 * good muons rather than against every good lepton (the dilepton preselection keeps only events with
 * exactly two good muons and no good electron, so the selected events are the same).
 */
@Analysis(name = "zmumu", years = "2018", params = "zmumu/params/object_preselection.yaml", goldenJson = true)
@Weight(standard = StandardWeight.GEN_WEIGHT)
@Weight(standard = StandardWeight.LUMI)
@Weight(standard = StandardWeight.XS)
@Weight(standard = StandardWeight.PILEUP)
@Weight(standard = StandardWeight.MUON_ID, collection = "MuonGood")
@Weight(standard = StandardWeight.MUON_ISO, collection = "MuonGood")
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
@ColOut(collection = "MuonGood", columns = {"pt", "eta", "phi"})
public final class ZMuMuAnalysis {
  private ZMuMuAnalysis() {}

  // ---- Skim, on raw NanoAOD, in PocketCoffea's order (the golden JSON row comes from @Analysis).

  @Cut(name = "nPVgood_1", stage = Stage.SKIM)
  static boolean goodVertex(@Col("PV_npvsGood") int npvsGood) {
    return npvsGood >= 1;
  }

  @Cut(name = "event_flags", stage = Stage.SKIM)
  static boolean eventFlags(@Col("Flag_goodVertices") boolean goodVertices,
      @Col("Flag_globalSuperTightHalo2016Filter") boolean halo, @Col("Flag_HBHENoiseFilter") boolean hbhe,
      @Col("Flag_HBHENoiseIsoFilter") boolean hbheIso,
      @Col("Flag_EcalDeadCellTriggerPrimitiveFilter") boolean ecalDeadCell,
      @Col("Flag_BadPFMuonFilter") boolean badPFMuon) {
    return goodVertices && halo && hbhe && hbheIso && ecalDeadCell && badPFMuon;
  }

  /** At least one muon above 18 GeV: NanoAOD muons are ordered by pT, so the leading one decides. */
  @Cut(name = "nMuon_min1_pt18.0", stage = Stage.SKIM)
  static boolean oneMuonAbove18(@Col(value = "Muon_pt", pos = 0) float leadingPt) {
    return leadingPt >= 18.0f;
  }

  @Cut(name = "HLT_trigger_SingleMuon", stage = Stage.SKIM)
  static boolean trigger(@Col("HLT_IsoMu24") boolean isoMu24) {
    return isoMu24;
  }

  // ---- Object preselection.

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt, @Col("Muon_eta") float eta,
      @Col("Muon_pfRelIso04_all") float iso, @Col("Muon_tightId") boolean tightId,
      @Param("object_preselection.Muon.pt") float ptMin, @Param("object_preselection.Muon.eta") float etaMax,
      @Param("object_preselection.Muon.iso") float isoMax) {
    return pt > ptMin && Math.abs(eta) < etaMax && iso < isoMax && tightId;
  }

  @ObjectSelection(name = "ElectronGood", collection = "Electron")
  static boolean electronGood(@Col("Electron_pt") float pt, @Col("Electron_eta") float eta,
      @Col("Electron_deltaEtaSC") float deltaEtaSC, @Col("Electron_pfRelIso03_all") float iso,
      @Col("Electron_mvaFall17V2Iso_WP80") boolean mvaWp80,
      @Param("object_preselection.Electron.pt") float ptMin, @Param("object_preselection.Electron.eta") float etaMax,
      @Param("object_preselection.Electron.iso") float isoMax) {
    float etaSC = Math.abs(eta + deltaEtaSC);
    boolean inGap = etaSC >= 1.4442f && etaSC <= 1.5660f;
    return pt > ptMin && Math.abs(eta) < etaMax && !inGap && iso < isoMax && mvaWp80;
  }

  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_pt") float pt, @Col("Jet_eta") float eta, @Col("Jet_phi") float phi,
      @Col("Jet_jetId") int jetId, @Col("Jet_puId") int puId,
      @Col(value = "MuonGood_eta", pos = 0) float mu1Eta, @Col(value = "MuonGood_phi", pos = 0) float mu1Phi,
      @Col(value = "MuonGood_eta", pos = 1) float mu2Eta, @Col(value = "MuonGood_phi", pos = 1) float mu2Phi,
      @Param("object_preselection.Jet.pt") float ptMin, @Param("object_preselection.Jet.eta") float etaMax,
      @Param("object_preselection.Jet.dr_lepton") float drMin, @Param("object_preselection.Jet.jetId") int jetIdMin,
      @Param("object_preselection.Jet.puId.value") int puIdMin, @Param("object_preselection.Jet.puId.maxpt") float puIdMaxPt) {
    return pt > ptMin && Math.abs(eta) < etaMax && jetId >= jetIdMin
        && (puId >= puIdMin || pt >= puIdMaxPt)
        && Kinematics.deltaR(eta, phi, mu1Eta, mu1Phi) > drMin && Kinematics.deltaR(eta, phi, mu2Eta, mu2Phi) > drMin;
  }

  @ObjectSelection(name = "BJetGood", collection = "JetGood")
  static boolean bJetGood(@Col("JetGood_btagDeepFlavB") float btag,
      @Param("btagging.working_point.2018.btagging_WP.M") float mediumWp) {
    return btag > mediumWp;
  }

  // ---- Preselection.

  @Cut(name = "dilepton")
  static boolean dimuon(@Col("nMuonGood") int nMuons, @Col("nElectronGood") int nElectrons,
      @Col(value = "MuonGood_pt", pos = 0) float pt1, @Col(value = "MuonGood_eta", pos = 0) float eta1,
      @Col(value = "MuonGood_phi", pos = 0) float phi1, @Col(value = "MuonGood_mass", pos = 0) float m1,
      @Col(value = "MuonGood_charge", pos = 0) int q1,
      @Col(value = "MuonGood_pt", pos = 1) float pt2, @Col(value = "MuonGood_eta", pos = 1) float eta2,
      @Col(value = "MuonGood_phi", pos = 1) float phi2, @Col(value = "MuonGood_mass", pos = 1) float m2,
      @Col(value = "MuonGood_charge", pos = 1) int q2,
      @Param("dilepton.pt_leading_muon") float ptLeadingMin,
      @Param("dilepton.mll.low") float mllLow, @Param("dilepton.mll.high") float mllHigh) {
    if (!(nMuons == 2 && nElectrons == 0 && pt1 > ptLeadingMin && q1 + q2 == 0)) {
      return false; // decided without the mass, the costliest quantity here
    }
    double mll = Kinematics.invariantMass(pt1, eta1, phi1, m1, pt2, eta2, phi2, m2);
    return mll > mllLow && mll < mllHigh;
  }

  // ---- Histograms computed from several columns.

  @Histogram(name = "mll", axes = @Axis(bins = 100, low = 0, high = 200, label = "$M_{\\ell\\ell}$ [GeV]"))
  static double mll(@Col(value = "MuonGood_pt", pos = 0) float pt1, @Col(value = "MuonGood_eta", pos = 0) float eta1,
      @Col(value = "MuonGood_phi", pos = 0) float phi1, @Col(value = "MuonGood_mass", pos = 0) float m1,
      @Col(value = "MuonGood_pt", pos = 1) float pt2, @Col(value = "MuonGood_eta", pos = 1) float eta2,
      @Col(value = "MuonGood_phi", pos = 1) float phi2, @Col(value = "MuonGood_mass", pos = 1) float m2) {
    return Kinematics.invariantMass(pt1, eta1, phi1, m1, pt2, eta2, phi2, m2);
  }
}
