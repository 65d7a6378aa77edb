package org.cortado.runtime.calibration;

import org.cortado.runtime.calibration.NamedInputs.Slot;
import org.cortado.runtime.corrections.CorrectionFunction;
import org.cortado.runtime.kernel.ColumnChunk;

/**
 * The corrections of one collection in one chunk, applied jet by jet as
 * {@code jet_correction_corrlib} applies them: raw pt, JEC, JER smearing with its shifts, JES
 * sources, raw factors. Holds the chunk's input arrays and the bound evaluators; writes into the
 * calibrator's array sets. Not thread-safe (one per chunk and thread); allocates nothing per event.
 */
final class JetChain {
  private static final int JET_A = Slot.JET_A.ordinal();
  private static final int JET_ETA = Slot.JET_ETA.ordinal();
  private static final int JET_PT = Slot.JET_PT.ordinal();
  private static final int JET_PHI = Slot.JET_PHI.ordinal();
  private static final int RHO = Slot.RHO.ordinal();
  private static final int RUN = Slot.RUN.ordinal();

  private final float[] ptIn;
  private final float[] massIn;
  private final float[] rawFactorIn;
  private final float[] rawPtIn;
  private final float[] rawMassIn;
  private final float[] etaIn;
  private final float[] phiIn;
  private final float[] areaIn;
  private final float[] rhoIn;
  private final int[] runIn;
  private final long[] eventIn;
  private final int[] genJetIdx;
  private final int[] genOffsets;
  private final float[] genPtIn;

  private final NamedInputs jec;
  private final boolean applyJer;
  private final NamedInputs ptResolution;
  private final NamedInputs sfNominal;
  private final NamedInputs sfUp;
  private final NamedInputs sfDown;
  private final NamedInputs sfUncertainty;
  private final JerSmear smear;
  private final int jerUp;
  private final int jerDown;
  /** The JES sets: their array set, source correction and direction. */
  private final int[] jesVariant;
  private final NamedInputs[] jesSource;
  private final int[] jesDirection;
  private final double[] dictionary = new double[Slot.values().length];

  /**
   * Binds the corrections for one chunk.
   *
   * @param raw the collection's pt, mass and raw factor branches, or its rawPt and rawMass
   */
  JetChain(JetCorrections corrections, PassPlan plan, ColumnChunk chunk, Branches b,
      RawInputs raw, String rhoBranch) {
    JetSetup setup = corrections.setup;
    String collection = setup.collection();
    String what = "the jet energy correction";
    this.ptIn = raw.pt();
    this.massIn = raw.mass();
    this.rawFactorIn = raw.rawFactor();
    this.rawPtIn = raw.rawPt();
    this.rawMassIn = raw.rawMass();
    CorrectionFunction jecFunction = setup.mc() ? corrections.jecMc()
        : corrections.jecData(chunk.era());
    this.jec = NamedInputs.of(jecFunction.bind(), jecFunction.name());
    boolean phi = NamedInputs.reads(jecFunction.inputs(), Slot.JET_PHI);
    boolean run = NamedInputs.reads(jecFunction.inputs(), Slot.RUN);

    this.applyJer = setup.applyJer();
    this.jerUp = plan.variantOf(new JetSetup.Shift("JER", 1));
    this.jerDown = plan.variantOf(new JetSetup.Shift("JER", -1));
    boolean shifted = jerUp > 0 || jerDown > 0;
    if (applyJer) {
      this.ptResolution = NamedInputs.of(corrections.ptResolution.bind(),
          corrections.ptResolution.name());
      String sfName = corrections.scaleFactor.name();
      this.sfNominal = NamedInputs.of(corrections.scaleFactor("nom"), sfName);
      boolean systematic = corrections.systematicScaleFactor();
      this.sfUp = systematic && shifted
          ? NamedInputs.of(corrections.scaleFactor("up"), sfName) : null;
      this.sfDown = systematic && shifted
          ? NamedInputs.of(corrections.scaleFactor("down"), sfName) : null;
      this.sfUncertainty = !systematic && shifted ? NamedInputs.of(
          corrections.sfUncertainty.bind(), corrections.sfUncertainty.name()) : null;
      this.smear = new JerSmear();
      for (CorrectionFunction f : new CorrectionFunction[] {corrections.ptResolution,
          corrections.scaleFactor, corrections.sfUncertainty}) {
        if (f != null) {
          phi |= NamedInputs.reads(f.inputs(), Slot.JET_PHI);
          run |= NamedInputs.reads(f.inputs(), Slot.RUN);
        }
      }
    } else {
      this.ptResolution = null;
      this.sfNominal = null;
      this.sfUp = null;
      this.sfDown = null;
      this.sfUncertainty = null;
      this.smear = null;
    }

    int nJes = (int) plan.shifts().stream().filter(s -> s.variation().startsWith("JES_")).count();
    this.jesVariant = new int[nJes];
    this.jesSource = new NamedInputs[nJes];
    this.jesDirection = new int[nJes];
    int n = 0;
    for (JetSetup.Shift s : plan.shifts()) {
      if (s.variation().startsWith("JES_")) {
        CorrectionFunction source = corrections.jes.get(s.variation());
        jesVariant[n] = plan.variantOf(s);
        jesSource[n] = NamedInputs.of(source.bind(), source.name());
        jesDirection[n] = s.direction();
        phi |= NamedInputs.reads(source.inputs(), Slot.JET_PHI);
        run |= NamedInputs.reads(source.inputs(), Slot.RUN);
        n++;
      }
    }

    this.etaIn = b.floats(collection + "_eta", what);
    this.areaIn = b.floats(collection + "_area", what);
    this.phiIn = phi ? b.floats(collection + "_phi", what) : null;
    this.rhoIn = b.floats(rhoBranch, what + " (rho)");
    this.runIn = run ? b.ints("run", what) : null;
    this.eventIn = applyJer ? b.longs("event", "the JER smearing (its random numbers)") : null;
    if (applyJer && ptIn != null) {
      String why = "the JER smearing (gen-jet match)";
      this.genJetIdx = b.ints(collection + "_genJetIdx", why);
      this.genOffsets = b.offsets("nGenJet", why);
      this.genPtIn = b.floats("GenJet_pt", why);
    } else {
      // Collections without genJetIdx (CorrT1METJet) have no matched_gen: gen pt 0.
      this.genJetIdx = null;
      this.genOffsets = null;
      this.genPtIn = null;
    }
  }

  /** A collection's pt branches: with {@code pt} (Jet) or only {@code rawPt} (CorrT1METJet). */
  record RawInputs(float[] pt, float[] mass, float[] rawFactor, float[] rawPt, float[] rawMass) {}

  /** Calibrates jets {@code [lo, hi)} of event {@code e} into every array set. */
  void calibrate(int e, int lo, int hi, double[][] pt, double[][] mass, double[][] rawFactor) {
    double rho = rhoIn[e];
    dictionary[RHO] = rho;
    dictionary[RUN] = runIn == null ? 0.0 : (double) (runIn[e] & 0xFFFFFFFFL);
    double eventId = eventIn == null ? 0.0 : Branches.unsignedToDouble(eventIn[e]);
    int genLo = genOffsets == null ? 0 : genOffsets[e];
    int genCount = genOffsets == null ? 0 : genOffsets[e + 1] - genLo;
    for (int j = lo; j < hi; j++) {
      // add_jec_variables: (1 - rawFactor) * pt in float32, as awkward computes it.
      float ptRaw;
      float massRaw;
      if (ptIn != null) {
        float keep = 1 - rawFactorIn[j];
        ptRaw = keep * ptIn[j];
        massRaw = keep * massIn[j];
      } else {
        ptRaw = rawPtIn[j];
        massRaw = rawMassIn == null ? 0f : rawMassIn[j];
      }
      double eta = etaIn[j];
      dictionary[JET_A] = areaIn[j];
      dictionary[JET_ETA] = eta;
      dictionary[JET_PHI] = phiIn == null ? 0.0 : phiIn[j];
      dictionary[JET_PT] = ptRaw;
      double factor = jec.evaluate(dictionary);
      double p = factor * ptRaw;
      double m = factor * massRaw;
      if (applyJer) {
        dictionary[JET_PT] = p;
        double jer = ptResolution.evaluate(dictionary);
        double gen = 0.0;
        if (genJetIdx != null) {
          int g = genJetIdx[j];
          gen = g >= 0 && g < genCount ? genPtIn[genLo + g] : 0f;
        }
        double genPt = Math.abs(p - gen) < 3 * p * jer ? gen : -1.0;
        double sf = sfNominal.evaluate(dictionary);
        double draw = JerSmear.stochastic(genPt) ? smear.normal(p, eta, rho, eventId) : 0.0;
        if (jerUp > 0 || jerDown > 0) {
          double sfUpValue;
          double sfDownValue;
          if (sfUncertainty != null) {
            double unc = sfUncertainty.evaluate(dictionary);
            sfUpValue = sf * (1 + unc);
            sfDownValue = sf * (1 - unc);
          } else {
            sfUpValue = sfUp.evaluate(dictionary);
            sfDownValue = sfDown.evaluate(dictionary);
          }
          if (jerUp > 0) {
            double s = JerSmear.factor(p, genPt, jer, sfUpValue, draw);
            pt[jerUp][j] = p * s;
            mass[jerUp][j] = m * s;
          }
          if (jerDown > 0) {
            double s = JerSmear.factor(p, genPt, jer, sfDownValue, draw);
            pt[jerDown][j] = p * s;
            mass[jerDown][j] = m * s;
          }
        }
        double s = JerSmear.factor(p, genPt, jer, sf, draw);
        p *= s;
        m *= s;
      }
      pt[0][j] = p;
      mass[0][j] = m;
      if (jesSource.length > 0) {
        dictionary[JET_PT] = p;
        for (int i = 0; i < jesSource.length; i++) {
          double delta = jesSource[i].evaluate(dictionary);
          double shift = jesDirection[i] > 0 ? 1 + delta : 1 - delta;
          pt[jesVariant[i]][j] = p * shift;
          mass[jesVariant[i]][j] = m * shift;
        }
      }
      for (int v = 0; v < pt.length; v++) {
        double calibrated = pt[v][j];
        rawFactor[v][j] = calibrated != 0 ? 1 - ptRaw / calibrated : 0.0;
      }
    }
  }
}
