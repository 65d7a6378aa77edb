package org.cortado.runtime.generate;

import java.io.IOException;
import org.cortado.rootio.LeafType;
import org.cortado.rootio.write.BranchWriter;
import org.cortado.rootio.write.TreeWriter;

/**
 * The NanoAODv9 branches of a generated file, with the names, types and documentation strings CMS
 * uses, and the code that writes one {@link Event} into them. Simulation-only branches (generator
 * weight, pileup truth, generator collections, flavour matching) are declared for MC samples only.
 */
final class NanoFileWriter {
  private final TreeWriter tree;
  private final boolean mc;
  private final BranchWriter run;
  private final BranchWriter lumi;
  private final BranchWriter event;
  private final BranchWriter genWeight;
  private final BranchWriter nTrueInt;
  private final BranchWriter nPU;
  private final BranchWriter npvs;
  private final BranchWriter npvsGood;
  private final BranchWriter hltIsoMu24;
  private final BranchWriter hltIsoMu27;
  private final BranchWriter hltEle32;
  private final BranchWriter[] flags = new BranchWriter[EventGenerator.FLAGS.length];
  private final BranchWriter metPt;
  private final BranchWriter metPhi;
  private final BranchWriter metUnclusteredUpDeltaX;
  private final BranchWriter metUnclusteredUpDeltaY;
  private final BranchWriter rawMetPt;
  private final BranchWriter rawMetPhi;
  private final BranchWriter rho;
  private final LeptonBranches muons;
  private final LeptonBranches electrons;
  private final JetBranches jets;
  private final JetBranches genJets;
  private final LowPtJetBranches lowPtJets;
  private final BranchWriter nGenPart;
  private final BranchWriter[] genPart;

  NanoFileWriter(TreeWriter tree, boolean mc) {
    this.tree = tree;
    this.mc = mc;
    run = tree.branch("run", LeafType.UINT32, "run/i");
    lumi = tree.branch("luminosityBlock", LeafType.UINT32, "luminosityBlock/i");
    event = tree.branch("event", LeafType.UINT64, "event/l");
    genWeight = mc ? tree.branch("genWeight", LeafType.FLOAT32, "generator weight") : null;
    nTrueInt = mc ? tree.branch("Pileup_nTrueInt", LeafType.FLOAT32, "the true mean number of the poisson distribution") : null;
    nPU = mc ? tree.branch("Pileup_nPU", LeafType.INT32, "the number of pileup interactions") : null;
    npvs = tree.branch("PV_npvs", LeafType.INT32, "total number of reconstructed primary vertices");
    npvsGood = tree.branch("PV_npvsGood", LeafType.INT32, "number of good reconstructed primary vertices");
    hltIsoMu24 = tree.branch("HLT_IsoMu24", LeafType.BOOL, "Trigger/flag bit");
    hltIsoMu27 = tree.branch("HLT_IsoMu27", LeafType.BOOL, "Trigger/flag bit");
    hltEle32 = tree.branch("HLT_Ele32_WPTight_Gsf", LeafType.BOOL, "Trigger/flag bit");
    for (int i = 0; i < flags.length; i++) {
      flags[i] = tree.branch(EventGenerator.FLAGS[i], LeafType.BOOL, "Trigger/flag bit");
    }
    metPt = tree.branch("MET_pt", LeafType.FLOAT32, "pt");
    metPhi = tree.branch("MET_phi", LeafType.FLOAT32, "phi");
    metUnclusteredUpDeltaX = tree.branch("MET_MetUnclustEnUpDeltaX", LeafType.FLOAT32,
        "Delta (METx_mod-METx) Unclustered Energy Up");
    metUnclusteredUpDeltaY = tree.branch("MET_MetUnclustEnUpDeltaY", LeafType.FLOAT32,
        "Delta (METy_mod-METy) Unclustered Energy Up");
    rawMetPt = tree.branch("RawMET_pt", LeafType.FLOAT32, "pt");
    rawMetPhi = tree.branch("RawMET_phi", LeafType.FLOAT32, "phi");
    rho = tree.branch("fixedGridRhoFastjetAll", LeafType.FLOAT32, "rho from all PF Candidates, used e.g. for JECs");
    muons = new LeptonBranches(tree, "Muon", mc);
    electrons = new LeptonBranches(tree, "Electron", mc);
    jets = new JetBranches(tree, "Jet", mc, true);
    genJets = mc ? new JetBranches(tree, "GenJet", true, false) : null;
    lowPtJets = new LowPtJetBranches(tree);
    if (mc) {
      nGenPart = tree.counter("nGenPart", "interesting gen particles");
      genPart = new BranchWriter[] {
        tree.jagged("GenPart_pt", LeafType.FLOAT32, nGenPart, "pt"),
        tree.jagged("GenPart_eta", LeafType.FLOAT32, nGenPart, "eta"),
        tree.jagged("GenPart_phi", LeafType.FLOAT32, nGenPart, "phi"),
        tree.jagged("GenPart_mass", LeafType.FLOAT32, nGenPart, "Mass stored for all particles"),
        tree.jagged("GenPart_pdgId", LeafType.INT32, nGenPart, "PDG id"),
        tree.jagged("GenPart_status", LeafType.INT32, nGenPart, "Particle status. 1=stable"),
        tree.jagged("GenPart_statusFlags", LeafType.INT32, nGenPart, "gen status flags stored bitwise"),
        tree.jagged("GenPart_genPartIdxMother", LeafType.INT32, nGenPart, "index of the mother particle")};
    } else {
      nGenPart = null;
      genPart = null;
    }
  }

  void write(Event ev) throws IOException {
    run.putInt((int) ev.run);
    lumi.putInt((int) ev.luminosityBlock);
    event.putLong(ev.event);
    if (mc) {
      genWeight.putFloat(ev.genWeight);
      nTrueInt.putFloat(ev.nTrueInt);
      nPU.putInt(ev.nPU);
    }
    npvs.putInt(ev.npvs);
    npvsGood.putInt(ev.npvsGood);
    hltIsoMu24.putBoolean(ev.hltIsoMu24);
    hltIsoMu27.putBoolean(ev.hltIsoMu27);
    hltEle32.putBoolean(ev.hltEle32);
    for (int i = 0; i < flags.length; i++) {
      flags[i].putBoolean(ev.flags[i]);
    }
    metPt.putFloat(ev.metPt);
    metPhi.putFloat(ev.metPhi);
    metUnclusteredUpDeltaX.putFloat(ev.metUnclusteredUpDeltaX);
    metUnclusteredUpDeltaY.putFloat(ev.metUnclusteredUpDeltaY);
    rawMetPt.putFloat(ev.rawMetPt);
    rawMetPhi.putFloat(ev.rawMetPhi);
    rho.putFloat(ev.rho);
    muons.write(ev.muons);
    electrons.write(ev.electrons);
    jets.write(ev.jets);
    lowPtJets.write(ev.lowPtJets);
    if (mc) {
      genJets.write(ev.genJets);
      Event.GenParticles g = ev.genParticles;
      nGenPart.putCount(g.n);
      for (int i = 0; i < g.n; i++) {
        genPart[0].putFloat(g.pt[i]);
        genPart[1].putFloat(g.eta[i]);
        genPart[2].putFloat(g.phi[i]);
        genPart[3].putFloat(g.mass[i]);
        genPart[4].putInt(g.pdgId[i]);
        genPart[5].putInt(g.status[i]);
        genPart[6].putInt(g.statusFlags[i]);
        genPart[7].putInt(g.mother[i]);
      }
    }
    tree.endEntry();
  }

  /** Muon_* or Electron_*: the common kinematics plus each collection's own ID and isolation. */
  private static final class LeptonBranches {
    private final boolean muon;
    private final boolean mc;
    private final BranchWriter n;
    private final BranchWriter pt;
    private final BranchWriter eta;
    private final BranchWriter phi;
    private final BranchWriter mass;
    private final BranchWriter charge;
    private final BranchWriter iso;
    private final BranchWriter tight;
    private final BranchWriter medium;
    private final BranchWriter loose;
    private final BranchWriter cutBased;
    private final BranchWriter deltaEtaSC;
    private final BranchWriter dxy;
    private final BranchWriter dz;
    private final BranchWriter genIdx;
    private final BranchWriter genFlav;

    LeptonBranches(TreeWriter tree, String name, boolean mc) {
      this.muon = name.equals("Muon");
      this.mc = mc;
      n = tree.counter("n" + name, muon ? "slimmedMuons after basic selection" : "slimmedElectrons after basic selection");
      pt = tree.jagged(name + "_pt", LeafType.FLOAT32, n, "pt");
      eta = tree.jagged(name + "_eta", LeafType.FLOAT32, n, "eta");
      phi = tree.jagged(name + "_phi", LeafType.FLOAT32, n, "phi");
      mass = tree.jagged(name + "_mass", LeafType.FLOAT32, n, "mass");
      charge = tree.jagged(name + "_charge", LeafType.INT32, n, "electric charge");
      dxy = tree.jagged(name + "_dxy", LeafType.FLOAT32, n, "dxy (with sign) wrt first PV, in cm");
      dz = tree.jagged(name + "_dz", LeafType.FLOAT32, n, "dz (with sign) wrt first PV, in cm");
      if (muon) {
        iso = tree.jagged("Muon_pfRelIso04_all", LeafType.FLOAT32, n, "PF relative isolation dR=0.4, total");
        tight = tree.jagged("Muon_tightId", LeafType.BOOL, n, "cut-based ID, tight WP");
        medium = tree.jagged("Muon_mediumId", LeafType.BOOL, n, "cut-based ID, medium WP");
        loose = tree.jagged("Muon_looseId", LeafType.BOOL, n, "muon is loose muon");
        cutBased = null;
        deltaEtaSC = null;
      } else {
        iso = tree.jagged("Electron_pfRelIso03_all", LeafType.FLOAT32, n, "PF relative isolation dR=0.3, total");
        tight = tree.jagged("Electron_mvaFall17V2Iso_WP80", LeafType.BOOL, n, "MVA Iso ID V2 WP80");
        medium = null;
        loose = null;
        cutBased = tree.jagged("Electron_cutBased", LeafType.INT32, n, "cut-based ID Fall17 V2 (0:fail, 1:veto, 2:loose, 3:medium, 4:tight)");
        deltaEtaSC = tree.jagged("Electron_deltaEtaSC", LeafType.FLOAT32, n, "delta eta (SC,ele) with sign");
      }
      genIdx = mc ? tree.jagged(name + "_genPartIdx", LeafType.INT32, n, "Index into genParticle list for MC matching") : null;
      genFlav = mc ? tree.jagged(name + "_genPartFlav", LeafType.UINT8, n, "Flavour of genParticle for MC matching") : null;
    }

    void write(Event.Leptons l) {
      n.putCount(l.n);
      for (int i = 0; i < l.n; i++) {
        pt.putFloat(l.pt[i]);
        eta.putFloat(l.eta[i]);
        phi.putFloat(l.phi[i]);
        mass.putFloat(l.mass[i]);
        charge.putInt(l.charge[i]);
        dxy.putFloat(l.dxy[i]);
        dz.putFloat(l.dz[i]);
        iso.putFloat(l.iso[i]);
        tight.putBoolean(l.tight[i]);
        if (muon) {
          medium.putBoolean(l.medium[i]);
          loose.putBoolean(l.loose[i]);
        } else {
          cutBased.putInt(l.cutBased[i]);
          deltaEtaSC.putFloat(l.deltaEtaSC[i]);
        }
        if (mc) {
          genIdx.putInt(l.genIdx[i]);
          genFlav.putByte(l.genFlav[i]);
        }
      }
    }
  }

  /** Jet_* (reconstructed) or GenJet_* (generator level, kinematics and flavour only). */
  private static final class JetBranches {
    private final boolean reco;
    private final boolean mc;
    private final BranchWriter n;
    private final BranchWriter pt;
    private final BranchWriter eta;
    private final BranchWriter phi;
    private final BranchWriter mass;
    private final BranchWriter btag;
    private final BranchWriter btagDeepB;
    private final BranchWriter jetId;
    private final BranchWriter puId;
    private final BranchWriter hadronFlavour;
    private final BranchWriter partonFlavour;
    private final BranchWriter genJetIdx;
    private final BranchWriter area;
    private final BranchWriter rawFactor;
    private final BranchWriter muonSubtrFactor;
    private final BranchWriter chEmEF;
    private final BranchWriter neEmEF;

    JetBranches(TreeWriter tree, String name, boolean mc, boolean reco) {
      this.reco = reco;
      this.mc = mc;
      n = tree.counter("n" + name, reco ? "slimmedJets, i.e. ak4 PFJets CHS with JECs applied, after basic selection (pt > 15)"
          : "slimmedGenJets, i.e. ak4 Jets made with visible genparticles");
      pt = tree.jagged(name + "_pt", LeafType.FLOAT32, n, "pt");
      eta = tree.jagged(name + "_eta", LeafType.FLOAT32, n, "eta");
      phi = tree.jagged(name + "_phi", LeafType.FLOAT32, n, "phi");
      mass = tree.jagged(name + "_mass", LeafType.FLOAT32, n, "mass");
      btag = reco ? tree.jagged("Jet_btagDeepFlavB", LeafType.FLOAT32, n, "DeepJet b+bb+lepb tag discriminator") : null;
      btagDeepB = reco ? tree.jagged("Jet_btagDeepB", LeafType.FLOAT32, n, "DeepCSV b+bb tag discriminator") : null;
      jetId = reco ? tree.jagged("Jet_jetId", LeafType.INT32, n, "Jet ID flags bit1 is loose, bit2 is tight, bit3 is tightLepVeto") : null;
      puId = reco ? tree.jagged("Jet_puId", LeafType.INT32, n, "Pileup ID flags") : null;
      hadronFlavour = mc ? tree.jagged(name + "_hadronFlavour", reco ? LeafType.INT32 : LeafType.UINT8, n,
          "flavour from hadron ghost clustering") : null;
      partonFlavour = mc ? tree.jagged(name + "_partonFlavour", LeafType.INT32, n, "flavour from parton matching") : null;
      genJetIdx = mc && reco ? tree.jagged("Jet_genJetIdx", LeafType.INT32, n, "index of matched gen jet") : null;
      area = reco ? tree.jagged("Jet_area", LeafType.FLOAT32, n, "jet catchment area, for JECs") : null;
      rawFactor = reco ? tree.jagged("Jet_rawFactor", LeafType.FLOAT32, n, "1 - Factor to get back to raw pT") : null;
      muonSubtrFactor = reco ? tree.jagged("Jet_muonSubtrFactor", LeafType.FLOAT32, n,
          "1-(muon-subtracted raw pt)/(raw pt)") : null;
      chEmEF = reco ? tree.jagged("Jet_chEmEF", LeafType.FLOAT32, n, "charged Electromagnetic Energy Fraction") : null;
      neEmEF = reco ? tree.jagged("Jet_neEmEF", LeafType.FLOAT32, n, "neutral Electromagnetic Energy Fraction") : null;
    }

    void write(Event.Jets j) {
      n.putCount(j.n);
      for (int i = 0; i < j.n; i++) {
        pt.putFloat(j.pt[i]);
        eta.putFloat(j.eta[i]);
        phi.putFloat(j.phi[i]);
        mass.putFloat(j.mass[i]);
        if (reco) {
          btag.putFloat(j.btag[i]);
          btagDeepB.putFloat(j.btagDeepB[i]);
          jetId.putInt(j.jetId[i]);
          puId.putInt(j.puId[i]);
          area.putFloat(j.area[i]);
          rawFactor.putFloat(j.rawFactor[i]);
          muonSubtrFactor.putFloat(j.muonSubtrFactor[i]);
          chEmEF.putFloat(j.chEmEF[i]);
          neEmEF.putFloat(j.neEmEF[i]);
        }
        if (mc) {
          if (reco) {
            hadronFlavour.putInt(j.hadronFlavour[i]);
          } else {
            hadronFlavour.putByte((byte) j.hadronFlavour[i]);
          }
          partonFlavour.putInt(j.partonFlavour[i]);
          if (reco) {
            genJetIdx.putInt(j.genJetIdx[i]);
          }
        }
      }
    }
  }

  /** CorrT1METJet_*: the soft jets type-1 MET is recomputed with, in data and simulation alike. */
  private static final class LowPtJetBranches {
    private final BranchWriter n;
    private final BranchWriter rawPt;
    private final BranchWriter eta;
    private final BranchWriter phi;
    private final BranchWriter area;
    private final BranchWriter muonSubtrFactor;

    LowPtJetBranches(TreeWriter tree) {
      n = tree.counter("nCorrT1METJet", "Additional low-pt jets for Type-1 MET re-correction");
      rawPt = tree.jagged("CorrT1METJet_rawPt", LeafType.FLOAT32, n, "pt()*jecFactor('Uncorrected')");
      eta = tree.jagged("CorrT1METJet_eta", LeafType.FLOAT32, n, "eta");
      phi = tree.jagged("CorrT1METJet_phi", LeafType.FLOAT32, n, "phi");
      area = tree.jagged("CorrT1METJet_area", LeafType.FLOAT32, n, "jet catchment area, for JECs");
      muonSubtrFactor = tree.jagged("CorrT1METJet_muonSubtrFactor", LeafType.FLOAT32, n,
          "1-(muon-subtracted raw pt)/(raw pt)");
    }

    void write(Event.LowPtJets j) {
      n.putCount(j.n);
      for (int i = 0; i < j.n; i++) {
        rawPt.putFloat(j.rawPt[i]);
        eta.putFloat(j.eta[i]);
        phi.putFloat(j.phi[i]);
        area.putFloat(j.area[i]);
        muonSubtrFactor.putFloat(j.muonSubtrFactor[i]);
      }
    }
  }
}
