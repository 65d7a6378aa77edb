package org.cortado.runtime.generate;

import java.util.SplittableRandom;

/**
 * Fills {@link Event}s for one {@link Sample}. Everything comes from one seeded random stream, so a
 * seed and an event count determine the output exactly; the exceptions are {@code Jet_btagDeepB},
 * which has a second stream of its own (see {@link #deepCsvRandom}), and the inputs of jet and MET
 * calibration, which {@link JetCalibrationInputs} draws from a third once the event is complete.
 */
final class EventGenerator {
  static final String[] FLAGS = {
    "Flag_goodVertices", "Flag_globalSuperTightHalo2016Filter", "Flag_HBHENoiseFilter", "Flag_HBHENoiseIsoFilter",
    "Flag_EcalDeadCellTriggerPrimitiveFilter", "Flag_BadPFMuonFilter", "Flag_eeBadScFilter", "Flag_ecalBadCalibFilter",
    "Flag_METFilters"};

  static final double Z_MASS = 91.1876;
  static final double Z_WIDTH = 2.4952;
  private static final double W_MASS = 80.379;
  private static final double W_WIDTH = 2.085;
  private static final double TOP_MASS = 172.5;
  private static final double TOP_WIDTH = 1.41;
  private static final double B_MASS = 4.18;
  private static final double MUON_MASS = 0.1056584;
  private static final double ELECTRON_MASS = 0.000511;
  private static final int EVENTS_PER_LUMI = 200;

  /**
   * Runs and their certified lumi-section ranges, as in the 2018 golden JSON. Data events walk
   * through every lumi section from 1 to a few past the last certified one, so the gaps and the tails
   * give a lumi mask real sections to reject.
   */
  static final long[][][] DATA_RUNS = {
    {{315257}, {1, 88}, {91, 92}}, {{315259}, {1, 172}}, {{315264}, {32, 261}}, {{316717}, {1, 192}},
    {{316718}, {1, 311}}, {{316719}, {1, 91}, {100, 144}}, {{321311}, {1, 10}}, {{321312}, {1, 768}},
    {{321313}, {1, 408}}};

  private final Sample sample;
  private final SplittableRandom random;
  /**
   * Draws for {@code Jet_btagDeepB} only, one per reconstructed jet. The branch was added after
   * files generated from {@link #random} had become fixtures (tests, the PocketCoffea comparison), so
   * it must not take a single number from that stream: every draw there would shift all later
   * values. This stream is the split of a second generator seeded like the first, which is
   * deterministic in the seed and leaves {@link #random} untouched.
   */
  private final SplittableRandom deepCsvRandom;
  private final JetCalibrationInputs jetCalibration;
  private final Particle system = new Particle();
  private final Particle a = new Particle();
  private final Particle b = new Particle();
  private final Particle[] work = new Particle[12];
  private double neutrinoPx;
  private double neutrinoPy;
  private int dataRun;
  private long dataLumi = 1;

  EventGenerator(Sample sample, long seed) {
    this.sample = sample;
    this.random = new SplittableRandom(seed);
    this.deepCsvRandom = new SplittableRandom(seed).split();
    this.jetCalibration = new JetCalibrationInputs(seed, !sample.isMC());
    for (int i = 0; i < work.length; i++) {
      work[i] = new Particle();
    }
  }

  void next(Event ev, long index) {
    ev.clear();
    neutrinoPx = 0;
    neutrinoPy = 0;
    bookkeeping(ev, index);
    switch (sample) {
      case DY -> drellYan(ev, random.nextBoolean() ? 13 : 11);
      case TTBAR -> topPair(ev);
      case DATA -> {
        double u = random.nextDouble();
        if (u < 0.80) {
          drellYan(ev, 13);
        } else if (u < 0.85) {
          topPair(ev);
        } else {
          multijet(ev);
        }
      }
    }
    initialStateRadiation(ev, sample == Sample.TTBAR ? 0.9 : 0.7);
    if (random.nextDouble() < 0.04) {
      nonPromptMuon(ev);
    }
    missingEnergy(ev);
    triggers(ev);
    if (!sample.isMC()) {
      ev.genParticles.n = 0;
      ev.genJets.n = 0;
    }
    jetCalibration.fill(ev);
  }

  private void bookkeeping(Event ev, long index) {
    if (sample.isMC()) {
      ev.run = 1;
      ev.luminosityBlock = 1 + index / 1000;
      ev.event = index + 1;
      ev.genWeight = sample == Sample.DY ? (random.nextDouble() < 0.16 ? -1f : 1f) : (float) (0.9 + 0.2 * random.nextDouble());
      double trueInt = Math.max(0.5, Math.min(79.5, 32 + 11 * random.nextGaussian()));
      ev.nTrueInt = (float) trueInt;
      ev.nPU = Draws.poisson(random, trueInt);
      ev.npvs = 1 + Draws.poisson(random, 0.7 * trueInt);
    } else {
      if (index > 0 && index % EVENTS_PER_LUMI == 0) {
        dataLumi++;
        long[][] ranges = DATA_RUNS[dataRun];
        if (dataLumi > ranges[ranges.length - 1][1] + 3) {
          dataRun = (dataRun + 1) % DATA_RUNS.length;
          dataLumi = 1;
        }
      }
      ev.run = DATA_RUNS[dataRun][0][0];
      ev.luminosityBlock = dataLumi;
      ev.event = 100_000_000L + index * 7 + 3;
      ev.genWeight = 1f;
      ev.npvs = 1 + Draws.poisson(random, 0.7 * Math.max(1, 30 + 10 * random.nextGaussian()));
    }
    ev.npvsGood = Math.max(1, ev.npvs - (random.nextDouble() < 0.1 ? 1 : 0));
    for (int i = 0; i < ev.flags.length; i++) {
      ev.flags[i] = random.nextDouble() >= 0.002;
    }
  }

  /** Z/gamma* to two leptons: Breit-Wigner mass (m > 50 GeV as in the DY M-50 samples), soft Z pT. */
  private void drellYan(Event ev, int flavour) {
    double mass;
    do {
      mass = Z_MASS + 0.5 * Z_WIDTH * Math.tan(Math.PI * (random.nextDouble() - 0.5));
    } while (mass < 50 || mass > 500);
    double pt = -8 * Math.log(1 - random.nextDouble()) + (random.nextDouble() < 0.1 ? -25 * Math.log(1 - random.nextDouble()) : 0);
    double rapidity = 1.6 * random.nextGaussian();
    double phi = 2 * Math.PI * random.nextDouble();
    double mt = Math.sqrt(mass * mass + pt * pt);
    system.set(pt * Math.cos(phi), pt * Math.sin(phi), mt * Math.sinh(rapidity), mt * Math.cosh(rapidity));
    system.pdgId = 23;
    int z = ev.genParticles.add(system, 62, -1);
    double leptonMass = flavour == 13 ? MUON_MASS : ELECTRON_MASS;
    system.decay(a, leptonMass, b, leptonMass, random);
    a.pdgId = flavour;
    b.pdgId = -flavour;
    promptLepton(ev, a, z);
    promptLepton(ev, b, z);
  }

  /** t tbar with each top to W b and each W to a lepton and neutrino (1/3) or two quarks (2/3). */
  private void topPair(Event ev) {
    double mass = 2 * TOP_MASS + 10 - 160 * Math.log(1 - random.nextDouble());
    double pt = -35 * Math.log(1 - random.nextDouble());
    double rapidity = 0.9 * random.nextGaussian();
    double phi = 2 * Math.PI * random.nextDouble();
    double mt = Math.sqrt(mass * mass + pt * pt);
    system.set(pt * Math.cos(phi), pt * Math.sin(phi), mt * Math.sinh(rapidity), mt * Math.cosh(rapidity));
    Particle top = work[0];
    Particle antitop = work[1];
    system.decay(top, breitWigner(TOP_MASS, TOP_WIDTH), antitop, breitWigner(TOP_MASS, TOP_WIDTH), random);
    top.pdgId = 6;
    antitop.pdgId = -6;
    topDecay(ev, top, 1);
    topDecay(ev, antitop, -1);
  }

  private void topDecay(Event ev, Particle top, int sign) {
    int t = ev.genParticles.add(top, 62, -1);
    Particle w = work[2];
    Particle bq = work[3];
    top.decay(w, breitWigner(W_MASS, W_WIDTH), bq, B_MASS, random);
    w.pdgId = 24 * sign;
    bq.pdgId = 5 * sign;
    int wi = ev.genParticles.add(w, 22, t);
    ev.genParticles.add(bq, 23, t);
    jetFromParton(ev, bq, 5, 5 * sign);
    double u = random.nextDouble();
    Particle d1 = work[4];
    Particle d2 = work[5];
    if (u < 2.0 / 9) {
      int lepton = u < 1.0 / 9 ? 11 : 13;
      w.decay(d1, lepton == 13 ? MUON_MASS : ELECTRON_MASS, d2, 0, random);
      d1.pdgId = -lepton * sign;
      d2.pdgId = (lepton + 1) * sign;
      promptLepton(ev, d1, wi);
      ev.genParticles.add(d2, 1, wi);
      neutrinoPx += d2.px;
      neutrinoPy += d2.py;
    } else {
      w.decay(d1, 0.3, d2, 0.3, random);
      d1.pdgId = 2 * sign;
      d2.pdgId = -1 * sign;
      ev.genParticles.add(d1, 23, wi);
      ev.genParticles.add(d2, 23, wi);
      jetFromParton(ev, d1, 0, 2 * sign);
      jetFromParton(ev, d2, random.nextDouble() < 0.1 ? 4 : 0, -sign);
    }
  }

  /** QCD-like data events: two jets and a non-prompt muon. */
  private void multijet(Event ev) {
    for (int i = 0; i < 2; i++) {
      Particle p = work[6 + i];
      p.setPtEtaPhiM(25 + 30 * pareto(), 2.2 * random.nextGaussian(), 2 * Math.PI * random.nextDouble(), 5);
      jetFromParton(ev, p, random.nextDouble() < 0.05 ? 5 : 0, 21);
    }
    nonPromptMuon(ev);
  }

  private void promptLepton(Event ev, Particle p, int mother) {
    int genIndex = ev.genParticles.add(p, 1, mother);
    boolean muon = Math.abs(p.pdgId) == 13;
    double eta = p.eta();
    double pt = p.pt();
    if (Math.abs(eta) > (muon ? 2.4 : 2.5) || pt < (muon ? 3 : 5) || random.nextDouble() > (muon ? 0.97 : 0.93)) {
      return;
    }
    Event.Leptons l = muon ? ev.muons : ev.electrons;
    if (l.full()) {
      return;
    }
    double resolution = muon ? 0.01 + 0.0001 * pt : 0.02 + 0.01 / Math.sqrt(pt);
    int i = l.n++;
    l.pt[i] = (float) (pt * (1 + resolution * random.nextGaussian()));
    l.eta[i] = (float) (eta + 0.0005 * random.nextGaussian());
    l.phi[i] = (float) p.phi();
    l.mass[i] = (float) (muon ? MUON_MASS : ELECTRON_MASS);
    l.charge[i] = p.pdgId > 0 ? -1 : 1;
    l.iso[i] = (float) (-0.03 * Math.log(1 - random.nextDouble()));
    l.tight[i] = random.nextDouble() < 0.96;
    l.medium[i] = l.tight[i] || random.nextDouble() < 0.7;
    l.loose[i] = true;
    l.cutBased[i] = random.nextDouble() < 0.85 ? 4 : 2;
    l.deltaEtaSC[i] = muon ? 0 : (float) (0.01 * random.nextGaussian());
    l.dxy[i] = (float) (0.002 * random.nextGaussian());
    l.dz[i] = (float) (0.004 * random.nextGaussian());
    l.genIdx[i] = sample.isMC() ? genIndex : -1;
    l.genFlav[i] = (byte) (sample.isMC() ? 1 : 0);
    l.sortLast();
    if (muon && pt > 15 && random.nextDouble() < 0.25) {
      // Muons are also clustered into jets, which is why analyses clean jets against leptons.
      Particle copy = work[8].copyFrom(p);
      jetFromParton(ev, copy.setPtEtaPhiM(pt * 1.05, eta, p.phi(), 2), 0, 0);
    }
  }

  private void nonPromptMuon(Event ev) {
    if (ev.muons.full()) {
      return;
    }
    Event.Leptons l = ev.muons;
    int i = l.n++;
    l.pt[i] = (float) (3 - 6 * Math.log(1 - random.nextDouble()));
    l.eta[i] = (float) (2.4 * (2 * random.nextDouble() - 1));
    l.phi[i] = (float) (Math.PI * (2 * random.nextDouble() - 1));
    l.mass[i] = (float) MUON_MASS;
    l.charge[i] = random.nextBoolean() ? 1 : -1;
    l.iso[i] = (float) (0.05 - 0.4 * Math.log(1 - random.nextDouble()));
    l.tight[i] = random.nextDouble() < 0.5;
    l.medium[i] = l.tight[i] || random.nextDouble() < 0.3;
    l.loose[i] = true;
    l.cutBased[i] = 0;
    l.dxy[i] = (float) (0.03 * random.nextGaussian());
    l.dz[i] = (float) (0.05 * random.nextGaussian());
    l.genIdx[i] = -1;
    l.genFlav[i] = (byte) (sample.isMC() ? (random.nextDouble() < 0.3 ? 5 : 3) : 0);
    l.sortLast();
  }

  private void initialStateRadiation(Event ev, double mean) {
    int n = Draws.poisson(random, mean);
    for (int k = 0; k < n; k++) {
      Particle p = work[9];
      p.setPtEtaPhiM(15 * pareto(), Math.max(-4.7, Math.min(4.7, 2.0 * random.nextGaussian())),
          Math.PI * (2 * random.nextDouble() - 1), 3);
      double u = random.nextDouble();
      jetFromParton(ev, p, u < 0.02 ? 5 : u < 0.07 ? 4 : 0, 21);
    }
  }

  /** A generator jet and, within acceptance and above threshold, its smeared reconstructed jet. */
  private void jetFromParton(Event ev, Particle parton, int hadronFlavour, int partonFlavour) {
    double pt = parton.pt();
    double eta = parton.eta();
    double phi = parton.phi();
    if (Math.abs(eta) > 4.7) {
      return;
    }
    int genIndex = -1;
    Event.Jets gen = ev.genJets;
    if (sample.isMC() && pt > 10 && !gen.full()) {
      genIndex = gen.n++;
      gen.pt[genIndex] = (float) (pt * 0.97);
      gen.eta[genIndex] = (float) eta;
      gen.phi[genIndex] = (float) phi;
      gen.mass[genIndex] = (float) (0.1 * pt);
      gen.hadronFlavour[genIndex] = hadronFlavour;
      gen.partonFlavour[genIndex] = partonFlavour;
    }
    double recoPt = pt * (1 + (0.08 + 1.0 / Math.sqrt(pt)) * random.nextGaussian());
    Event.Jets jets = ev.jets;
    if (recoPt < 15 || jets.full()) {
      return;
    }
    int i = jets.n++;
    jets.pt[i] = (float) recoPt;
    jets.eta[i] = (float) (eta + 0.01 * random.nextGaussian());
    jets.phi[i] = (float) phi;
    jets.mass[i] = (float) Math.max(0.5, 0.12 * recoPt * (1 + 0.3 * random.nextGaussian()));
    double u = random.nextDouble();
    jets.btag[i] = (float) (hadronFlavour == 5 ? Math.pow(u, 0.25) : hadronFlavour == 4 ? 0.7 * u : Math.pow(u, 8));
    jets.btagDeepB[i] = (float) deepCsv(u, hadronFlavour);
    jets.jetId[i] = random.nextDouble() < 0.97 ? 6 : 2;
    jets.puId[i] = recoPt > 50 ? 7 : random.nextDouble() < 0.8 ? 7 : 4;
    jets.hadronFlavour[i] = hadronFlavour;
    jets.partonFlavour[i] = partonFlavour;
    jets.genJetIdx[i] = genIndex;
    jets.sortLast();
  }

  /**
   * The older DeepCSV tagger's score: like DeepJet's it follows the hadron flavour, with a little
   * less separation, and it agrees with DeepJet on most jets without being the same number. The
   * uniform behind the DeepJet score is blended with a fresh one from {@link #deepCsvRandom};
   * the blend stays in [0, 1], and so does every shape applied to it.
   */
  private double deepCsv(double deepJetUniform, int hadronFlavour) {
    double v = 0.75 * deepJetUniform + 0.25 * deepCsvRandom.nextDouble();
    return hadronFlavour == 5 ? Math.pow(v, 0.4) : hadronFlavour == 4 ? 0.8 * Math.pow(v, 1.3) : Math.pow(v, 6);
  }

  private void missingEnergy(Event ev) {
    double sumPt = 0;
    for (int i = 0; i < ev.jets.n; i++) {
      sumPt += ev.jets.pt[i];
    }
    double sigma = 8 + 0.04 * sumPt;
    double x = neutrinoPx + sigma * random.nextGaussian();
    double y = neutrinoPy + sigma * random.nextGaussian();
    ev.metPt = (float) Math.hypot(x, y);
    ev.metPhi = (float) Math.atan2(y, x);
  }

  private void triggers(Event ev) {
    ev.hltIsoMu24 = false;
    ev.hltIsoMu27 = false;
    for (int i = 0; i < ev.muons.n; i++) {
      if (ev.muons.iso[i] < 0.15 && ev.muons.tight[i]) {
        double pt = ev.muons.pt[i];
        ev.hltIsoMu24 |= pt > 24 && random.nextDouble() < (pt > 26 ? 0.93 : 0.5);
        ev.hltIsoMu27 |= pt > 27 && random.nextDouble() < (pt > 29 ? 0.92 : 0.5);
      }
    }
    ev.hltEle32 = false;
    for (int i = 0; i < ev.electrons.n; i++) {
      ev.hltEle32 |= ev.electrons.pt[i] > 32 && ev.electrons.cutBased[i] >= 4 && random.nextDouble() < 0.88;
    }
  }

  private double breitWigner(double mass, double width) {
    return mass + 0.5 * width * Math.max(-20, Math.min(20, Math.tan(Math.PI * (random.nextDouble() - 0.5))));
  }

  /** A Pareto(alpha 2.3) variate above 1: the falling spectrum of jet transverse momenta. */
  private double pareto() {
    return Math.pow(1 - random.nextDouble(), -1 / 2.3);
  }
}
