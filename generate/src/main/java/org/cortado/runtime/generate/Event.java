package org.cortado.runtime.generate;

/**
 * One generated event in NanoAOD's shape: event-level values plus fixed-capacity collections, reused
 * from event to event so that generation does not allocate.
 */
final class Event {
  static final int MAX_LEPTONS = 8;
  static final int MAX_JETS = 24;
  static final int MAX_GEN = 24;
  static final int MAX_LOW_PT_JETS = 16;

  long run;
  long luminosityBlock;
  long event;
  float genWeight;
  float nTrueInt;
  int nPU;
  int npvs;
  int npvsGood;
  boolean hltIsoMu24;
  boolean hltIsoMu27;
  boolean hltEle32;
  final boolean[] flags = new boolean[EventGenerator.FLAGS.length];
  float metPt;
  float metPhi;
  /** {@code fixedGridRhoFastjetAll}, the pile-up energy density the L1 correction scales with. */
  float rho;
  float rawMetPt;
  float rawMetPhi;
  float metUnclusteredUpDeltaX;
  float metUnclusteredUpDeltaY;

  final Leptons muons = new Leptons(MAX_LEPTONS);
  final Leptons electrons = new Leptons(MAX_LEPTONS);
  final Jets jets = new Jets(MAX_JETS);
  final GenParticles genParticles = new GenParticles(MAX_GEN);
  final Jets genJets = new Jets(MAX_JETS);
  final LowPtJets lowPtJets = new LowPtJets(MAX_LOW_PT_JETS);

  void clear() {
    muons.n = 0;
    electrons.n = 0;
    jets.n = 0;
    genParticles.n = 0;
    genJets.n = 0;
    lowPtJets.n = 0;
  }

  /** Reconstructed muons or electrons; {@code cutBased} is the electron ID level (0 to 4). */
  static final class Leptons {
    int n;
    final float[] pt;
    final float[] eta;
    final float[] phi;
    final float[] mass;
    final int[] charge;
    final float[] iso;
    final boolean[] tight;
    final boolean[] medium;
    final boolean[] loose;
    final int[] cutBased;
    final float[] deltaEtaSC;
    final float[] dxy;
    final float[] dz;
    final int[] genIdx;
    final byte[] genFlav;

    Leptons(int capacity) {
      pt = new float[capacity];
      eta = new float[capacity];
      phi = new float[capacity];
      mass = new float[capacity];
      charge = new int[capacity];
      iso = new float[capacity];
      tight = new boolean[capacity];
      medium = new boolean[capacity];
      loose = new boolean[capacity];
      cutBased = new int[capacity];
      deltaEtaSC = new float[capacity];
      dxy = new float[capacity];
      dz = new float[capacity];
      genIdx = new int[capacity];
      genFlav = new byte[capacity];
    }

    boolean full() {
      return n == pt.length;
    }

    /** Restores descending pt order after an insertion at the end, as NanoAOD stores objects. */
    void sortLast() {
      for (int i = n - 1; i > 0 && pt[i] > pt[i - 1]; i--) {
        swap(i, i - 1);
      }
    }

    private void swap(int a, int b) {
      float f = pt[a]; pt[a] = pt[b]; pt[b] = f;
      f = eta[a]; eta[a] = eta[b]; eta[b] = f;
      f = phi[a]; phi[a] = phi[b]; phi[b] = f;
      f = mass[a]; mass[a] = mass[b]; mass[b] = f;
      f = iso[a]; iso[a] = iso[b]; iso[b] = f;
      f = dxy[a]; dxy[a] = dxy[b]; dxy[b] = f;
      f = deltaEtaSC[a]; deltaEtaSC[a] = deltaEtaSC[b]; deltaEtaSC[b] = f;
      f = dz[a]; dz[a] = dz[b]; dz[b] = f;
      int i = charge[a]; charge[a] = charge[b]; charge[b] = i;
      i = cutBased[a]; cutBased[a] = cutBased[b]; cutBased[b] = i;
      i = genIdx[a]; genIdx[a] = genIdx[b]; genIdx[b] = i;
      boolean z = tight[a]; tight[a] = tight[b]; tight[b] = z;
      z = medium[a]; medium[a] = medium[b]; medium[b] = z;
      z = loose[a]; loose[a] = loose[b]; loose[b] = z;
      byte y = genFlav[a]; genFlav[a] = genFlav[b]; genFlav[b] = y;
    }
  }

  /** Reconstructed or generator-level jets. */
  static final class Jets {
    int n;
    final float[] pt;
    final float[] eta;
    final float[] phi;
    final float[] mass;
    /** {@code Jet_btagDeepFlavB} (DeepJet). */
    final float[] btag;
    /** {@code Jet_btagDeepB} (DeepCSV). */
    final float[] btagDeepB;
    final int[] jetId;
    final int[] puId;
    final int[] hadronFlavour;
    final int[] partonFlavour;
    final int[] genJetIdx;
    /*
     * What jet calibration reads, for reconstructed jets only. JetCalibrationInputs fills these once
     * the collection is complete and sorted, so sortLast does not need to move them.
     */
    final float[] area;
    final float[] rawFactor;
    final float[] muonSubtrFactor;
    final float[] chEmEF;
    final float[] neEmEF;

    Jets(int capacity) {
      pt = new float[capacity];
      eta = new float[capacity];
      phi = new float[capacity];
      mass = new float[capacity];
      btag = new float[capacity];
      btagDeepB = new float[capacity];
      jetId = new int[capacity];
      puId = new int[capacity];
      hadronFlavour = new int[capacity];
      partonFlavour = new int[capacity];
      genJetIdx = new int[capacity];
      area = new float[capacity];
      rawFactor = new float[capacity];
      muonSubtrFactor = new float[capacity];
      chEmEF = new float[capacity];
      neEmEF = new float[capacity];
    }

    boolean full() {
      return n == pt.length;
    }

    void sortLast() {
      for (int i = n - 1; i > 0 && pt[i] > pt[i - 1]; i--) {
        float f = pt[i]; pt[i] = pt[i - 1]; pt[i - 1] = f;
        f = eta[i]; eta[i] = eta[i - 1]; eta[i - 1] = f;
        f = phi[i]; phi[i] = phi[i - 1]; phi[i - 1] = f;
        f = mass[i]; mass[i] = mass[i - 1]; mass[i - 1] = f;
        f = btag[i]; btag[i] = btag[i - 1]; btag[i - 1] = f;
        f = btagDeepB[i]; btagDeepB[i] = btagDeepB[i - 1]; btagDeepB[i - 1] = f;
        int k = jetId[i]; jetId[i] = jetId[i - 1]; jetId[i - 1] = k;
        k = puId[i]; puId[i] = puId[i - 1]; puId[i - 1] = k;
        k = hadronFlavour[i]; hadronFlavour[i] = hadronFlavour[i - 1]; hadronFlavour[i - 1] = k;
        k = partonFlavour[i]; partonFlavour[i] = partonFlavour[i - 1]; partonFlavour[i - 1] = k;
        k = genJetIdx[i]; genJetIdx[i] = genJetIdx[i - 1]; genJetIdx[i - 1] = k;
      }
    }
  }

  /**
   * {@code CorrT1METJet}: jets too soft for the Jet collection (corrected pT below 15 GeV) that
   * type-1 MET is nevertheless recomputed with, stored with their raw pT.
   */
  static final class LowPtJets {
    int n;
    final float[] rawPt;
    final float[] eta;
    final float[] phi;
    final float[] area;
    final float[] muonSubtrFactor;

    LowPtJets(int capacity) {
      rawPt = new float[capacity];
      eta = new float[capacity];
      phi = new float[capacity];
      area = new float[capacity];
      muonSubtrFactor = new float[capacity];
    }

    boolean full() {
      return n == rawPt.length;
    }

    /** Restores descending raw-pt order after an insertion at the end. */
    void sortLast() {
      for (int i = n - 1; i > 0 && rawPt[i] > rawPt[i - 1]; i--) {
        float f = rawPt[i]; rawPt[i] = rawPt[i - 1]; rawPt[i - 1] = f;
        f = eta[i]; eta[i] = eta[i - 1]; eta[i - 1] = f;
        f = phi[i]; phi[i] = phi[i - 1]; phi[i - 1] = f;
        f = area[i]; area[i] = area[i - 1]; area[i - 1] = f;
        f = muonSubtrFactor[i]; muonSubtrFactor[i] = muonSubtrFactor[i - 1]; muonSubtrFactor[i - 1] = f;
      }
    }
  }

  /** The generator record: hard-process particles with their mothers. */
  static final class GenParticles {
    int n;
    final float[] pt;
    final float[] eta;
    final float[] phi;
    final float[] mass;
    final int[] pdgId;
    final int[] status;
    final int[] statusFlags;
    final int[] mother;

    GenParticles(int capacity) {
      pt = new float[capacity];
      eta = new float[capacity];
      phi = new float[capacity];
      mass = new float[capacity];
      pdgId = new int[capacity];
      status = new int[capacity];
      statusFlags = new int[capacity];
      mother = new int[capacity];
    }

    /** Appends a particle and returns its index, or -1 when the record is full. */
    int add(Particle p, int status, int mother) {
      if (n == pt.length) {
        return -1;
      }
      pt[n] = (float) p.pt();
      eta[n] = (float) p.eta();
      phi[n] = (float) p.phi();
      mass[n] = (float) p.mass();
      pdgId[n] = p.pdgId;
      this.status[n] = status;
      statusFlags[n] = status == 1 ? (1 | 1 << 8 | 1 << 13) : (1 << 7 | 1 << 8 | 1 << 13);
      this.mother[n] = mother;
      return n++;
    }
  }
}
