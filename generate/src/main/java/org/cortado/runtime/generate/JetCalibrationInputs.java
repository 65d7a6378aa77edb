package org.cortado.runtime.generate;

import java.util.SplittableRandom;

/**
 * Fills what jet energy calibration and type-1 MET read, once an event's physics is complete:
 * {@code fixedGridRhoFastjetAll}, each jet's area, raw factor, muon-subtraction factor and
 * electromagnetic fractions, the soft {@code CorrT1METJet}s, {@code RawMET} and the unclustered-energy
 * shift of the MET. Everything is consistent with {@link ToyJec}: {@code Jet_pt} is the raw pT times
 * the correction, and recomputing type-1 MET from {@code RawMET} gives back {@code MET}.
 *
 * <p>All draws come from a stream of this class's own. These branches were added after files from
 * the generator's main stream had become fixtures, so taking a single number from that stream
 * would shift every later value of every existing branch.
 */
final class JetCalibrationInputs {
  /** Mixed into the seed so that this stream differs from the main and the DeepCSV streams. */
  private static final long STREAM_SALT = 0x4A45_435F_5241_5746L;
  private static final double TYPE1_THRESHOLD = 15;
  private static final double CONE_SQUARED = 0.4 * 0.4;

  private final SplittableRandom random;
  private final ToyJec jec;
  /** The jets' direction, computed once per event for both MET quantities. */
  private final double[] cos = new double[Event.MAX_JETS];
  private final double[] sin = new double[Event.MAX_JETS];

  JetCalibrationInputs(long seed, boolean data) {
    this.random = new SplittableRandom(seed ^ STREAM_SALT).split();
    this.jec = new ToyJec(data);
  }

  void fill(Event ev) {
    // Rho grows with the number of pile-up interactions, estimated from the vertex count the
    // generator draws as 1 + Poisson(0.7 mu); slope and offset as in CMS simulation (nano_dy.root).
    double mu = (ev.npvs - 1) / 0.7;
    ev.rho = (float) Math.max(0.5, Math.min(69, 2.6 + 0.51 * mu + 3 * random.nextGaussian()));
    for (int i = 0; i < ev.jets.n; i++) {
      jet(ev, i);
    }
    lowPtJets(ev);
    for (int i = 0; i < ev.jets.n; i++) {
      cos[i] = Math.cos(ev.jets.phi[i]);
      sin[i] = Math.sin(ev.jets.phi[i]);
    }
    double metX = ev.metPt * Math.cos(ev.metPhi);
    double metY = ev.metPt * Math.sin(ev.metPhi);
    rawMet(ev, metX, metY);
    unclusteredEnergy(ev, metX, metY);
  }

  private void jet(Event ev, int i) {
    Event.Jets j = ev.jets;
    float area = area();
    double rawPt = jec.rawPt(area, j.eta[i], j.pt[i], ev.rho);
    // Muons inside the cone, and sometimes an unreconstructed one from a semileptonic b or c decay.
    double muonPt = 0;
    for (int k = 0; k < ev.muons.n; k++) {
      if (deltaRSquared(j.eta[i], j.phi[i], ev.muons.eta[k], ev.muons.phi[k]) < CONE_SQUARED) {
        muonPt += ev.muons.pt[k];
      }
    }
    double semileptonic = j.hadronFlavour[i] == 5 ? 0.2 : j.hadronFlavour[i] == 4 ? 0.1 : 0.01;
    double hidden = random.nextDouble() < semileptonic ? 0.02 + 0.25 * random.nextDouble() : 0;
    double muonFraction = Math.min(1, muonPt / rawPt + hidden);
    // Electrons in the jet are rare, photons (pi0s) common; the forward calorimeter sees more EM energy.
    double chEm = random.nextDouble() < 0.6 ? 0 : 0.04 * exponential();
    double neEm = (Math.abs(j.eta[i]) > 3 ? 0.35 : 0.18) * exponential();
    double em = (chEm + neEm) * (1 - muonFraction);
    double scale = (1 - muonFraction) * (em > 0.99 ? 0.99 / em : 1);
    j.area[i] = area;
    j.rawFactor[i] = NanoPrecision.round(1 - rawPt / j.pt[i], 6);
    j.muonSubtrFactor[i] = NanoPrecision.round(muonFraction, 6);
    j.chEmEF[i] = NanoPrecision.round(chEm * scale, 6);
    j.neEmEF[i] = NanoPrecision.round(neEm * scale, 6);
  }

  /**
   * Soft jets, mostly pile-up, spread over the whole detector: a raw pT of a few GeV upwards, kept
   * only while the corrected pT stays below the Jet collection's 15 GeV.
   */
  private void lowPtJets(Event ev) {
    Event.LowPtJets low = ev.lowPtJets;
    // Fewer than the handful real events have: enough to exercise the recomputation, while the
    // files and the generation time grow by little.
    int n = Draws.poisson(random, 0.4 + 0.04 * ev.rho);
    for (int k = 0; k < n; k++) {
      float rawPt = NanoPrecision.round(6 + 3 * exponential(), 10);
      float eta = NanoPrecision.round(4.7 * (2 * random.nextDouble() - 1), 12);
      float phi = NanoPrecision.round(Math.PI * (2 * random.nextDouble() - 1), 12);
      float area = area();
      float muonFraction = NanoPrecision.round(random.nextDouble() < 0.03 ? 0.02 + 0.3 * random.nextDouble() : 0, 6);
      if (low.full() || rawPt * jec.factor(area, eta, rawPt, ev.rho) >= TYPE1_THRESHOLD) {
        continue;
      }
      int i = low.n++;
      low.rawPt[i] = rawPt;
      low.eta[i] = eta;
      low.phi[i] = phi;
      low.area[i] = area;
      low.muonSubtrFactor[i] = muonFraction;
      low.sortLast();
    }
  }

  /**
   * The MET before type-1 corrections: type-1 MET subtracts, for every jet whose corrected
   * muon-subtracted pT exceeds 15 GeV and whose EM fraction is below 0.9, the corrected minus the
   * L1-corrected muon-subtracted pT, so the raw MET adds it back onto the generated MET. Computed
   * from the values as stored, so a recomputation from the file closes. The low-pT jets add
   * nothing: their corrected pT is below the threshold by construction.
   */
  private void rawMet(Event ev, double metX, double metY) {
    double x = metX;
    double y = metY;
    Event.Jets j = ev.jets;
    for (int i = 0; i < j.n; i++) {
      double rawPt = j.pt[i] * (1 - j.rawFactor[i]);
      double noMuonRaw = rawPt * (1 - j.muonSubtrFactor[i]);
      double noMuonCorrected = j.pt[i] * (1 - j.muonSubtrFactor[i]);
      if (noMuonCorrected > TYPE1_THRESHOLD && j.chEmEF[i] + j.neEmEF[i] < 0.9) {
        double delta = noMuonCorrected - noMuonRaw * ToyJec.l1(j.area[i], j.eta[i], rawPt, ev.rho);
        x += delta * cos[i];
        y += delta * sin[i];
      }
    }
    ev.rawMetPt = NanoPrecision.round(Math.sqrt(x * x + y * y), 10);
    ev.rawMetPhi = NanoPrecision.round(Math.atan2(y, x), 10);
  }

  /**
   * The MET shift when the unclustered energy goes up by 10%: the unclustered momentum balances the
   * MET and everything clustered, so the shift is a tenth of their sum, plus the spread of the
   * per-candidate uncertainties.
   */
  private void unclusteredEnergy(Event ev, double metX, double metY) {
    double x = metX;
    double y = metY;
    for (int i = 0; i < ev.jets.n; i++) {
      x += ev.jets.pt[i] * cos[i];
      y += ev.jets.pt[i] * sin[i];
    }
    for (int i = 0; i < ev.muons.n; i++) {
      x += ev.muons.pt[i] * Math.cos(ev.muons.phi[i]);
      y += ev.muons.pt[i] * Math.sin(ev.muons.phi[i]);
    }
    for (int i = 0; i < ev.electrons.n; i++) {
      x += ev.electrons.pt[i] * Math.cos(ev.electrons.phi[i]);
      y += ev.electrons.pt[i] * Math.sin(ev.electrons.phi[i]);
    }
    ev.metUnclusteredUpDeltaX = NanoPrecision.round(0.1 * x + 1.5 * random.nextGaussian(), 10);
    ev.metUnclusteredUpDeltaY = NanoPrecision.round(0.1 * y + 1.5 * random.nextGaussian(), 10);
  }

  /** An AK4 catchment area, pi R^2 = 0.50 give or take the ghosts' granularity. */
  private float area() {
    return NanoPrecision.round(Math.max(0.3, Math.min(0.7, 0.495 + 0.04 * random.nextGaussian())), 10);
  }

  private double exponential() {
    return -Math.log(1 - random.nextDouble());
  }

  private static double deltaRSquared(double eta1, double phi1, double eta2, double phi2) {
    double dPhi = Math.abs(phi1 - phi2);
    if (dPhi > Math.PI) {
      dPhi = 2 * Math.PI - dPhi;
    }
    double dEta = eta1 - eta2;
    return dEta * dEta + dPhi * dPhi;
  }
}
