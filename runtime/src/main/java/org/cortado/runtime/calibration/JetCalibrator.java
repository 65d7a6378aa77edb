package org.cortado.runtime.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.cortado.params.Params;
import org.cortado.runtime.calibration.NamedInputs.Slot;
import org.cortado.runtime.corrections.CorrectionFunction;
import org.cortado.runtime.kernel.ColumnChunk;

/**
 * Jet energy calibration of one NanoAOD collection ({@code Jet}, or {@code CorrT1METJet} for the
 * type-1 MET), as PocketCoffea's {@code JetsCalibrator} with {@code jet_correction_corrlib}
 * (bfe4447), for every pass of a chunk at once. Per jet of simulation:
 *
 * <ol>
 *   <li>raw pt and mass {@code (1 - rawFactor) * pt} in float32, as awkward computes them
 *       ({@code rawPt} and zero mass for {@code CorrT1METJet});
 *   <li>the JEC {@code <jec_mc>_<level>_<type>(JetA, JetEta, JetPt = raw pt, Rho)}, applied in
 *       double: {@code pt = jec * pt_raw};
 *   <li>the JER: resolution {@code PtResolution(JetEta, JetPt, Rho)}; the gen pt
 *       ({@code GenJet_pt[genJetIdx]} in float32, 0 without a valid index or for
 *       {@code CorrT1METJet}) is kept if {@code |pt - gen| < 3 pt JER}, else -1; then
 *       PocketCoffea's {@code JERSmear} (see {@link JerSmear}) with the scale factor, whose
 *       HashPRNG hashes the bits of that double pt, the float32 eta and rho widened to double, and
 *       the event number (PocketCoffea passes it as a float64 that correctionlib casts to int64).
 *       {@code JER} up and down smear the JEC pt with the shifted scale factor;
 *   <li>JES sources: {@code delta = <jec_mc>_<source>_<type>(JetEta, JetPt = smeared pt)},
 *       {@code pt * (1 +- delta)};
 *   <li>{@code rawFactor = pt != 0 ? 1 - pt_raw / pt : 0}, per pass (PocketCoffea's
 *       {@code apply_variation} recomputes it for the varied pt);
 *   <li>the jets re-sorted by pt, highest first, in the nominal and in every pass
 *       ({@code sort_by_pt}), ties in branch order.
 * </ol>
 *
 * Masses take the same factors. Data gets the JEC of its era only when {@code apply_jec_Data} is
 * true (Run 3); otherwise (Run 2) its jets are left as read and not re-sorted. The corrections,
 * switches and variations of a jet type are looked up under its {@code collection_name_alias}
 * ({@code AK4CorrT1METJetchs} uses {@code AK4PFchs}); a pass such as
 * {@code AK4PFchs_JES_TotalUp} moves every collection that {@code merge_collections_for_variations}
 * groups under {@code AK4PFchs}. Any other pass gives the nominal values.
 *
 * <pre>{@code
 * JetCalibrator.Factory jets = JetCalibrator.factory(params, "Jet");       // once per run
 * JetCalibrator cal = jets.bind(chunk, List.of("nominal", "AK4PFchs_JERUp")); // once per chunk
 * for (int e = 0; e < chunk.size(); e++) {
 *   cal.calibrate(e);
 *   double leadingPt = cal.pt(1)[cal.order(1)[offsets[e]]];
 * }
 * }</pre>
 */
public final class JetCalibrator {
  private static final String NOMINAL = "nominal";
  private static final int JET_A = Slot.JET_A.ordinal();
  private static final int JET_ETA = Slot.JET_ETA.ordinal();
  private static final int JET_PT = Slot.JET_PT.ordinal();
  private static final int JET_PHI = Slot.JET_PHI.ordinal();
  private static final int RHO = Slot.RHO.ordinal();
  private static final int RUN = Slot.RUN.ordinal();

  private final String collection;
  private final List<String> passes;
  /** The array set (variant) each pass reads: 0 is the nominal. */
  private final int[] variantOfPass;
  private final boolean calibrating;
  private final boolean applyJer;
  private final boolean sort;

  private final int[] offsets;
  private final float[] ptIn;
  private final float[] massIn;
  private final float[] rawFactorIn;
  private final float[] rawPtIn;
  private final float[] rawMassIn;
  private final float[] etaIn;
  private final float[] phiIn;
  private final float[] areaIn;
  private final int[] genJetIdx;
  private final int[] genOffsets;
  private final float[] genPtIn;
  private final float[] rhoIn;
  private final long[] eventIn;
  private final int[] runIn;

  private final NamedInputs jec;
  private final NamedInputs ptResolution;
  private final NamedInputs sfNominal;
  private final NamedInputs sfUp;
  private final NamedInputs sfDown;
  private final NamedInputs sfUncertainty;
  private final JerSmear smear;
  private final double[] dictionary = new double[Slot.values().length];

  private final int jerUp;
  private final int jerDown;
  /** The JES variants: their array set, source correction and direction. */
  private final int[] jesVariant;
  private final NamedInputs[] jesSource;
  private final int[] jesDirection;

  private final double[][] pt;
  private final double[][] mass;
  private final double[][] rawFactor;
  private final int[][] order;

  private JetCalibrator(Factory factory, ColumnChunk chunk, List<String> passes) {
    this.collection = factory.collection;
    this.passes = List.copyOf(passes);
    if (passes.isEmpty() || !NOMINAL.equals(passes.get(0))) {
      throw new IllegalArgumentException("the first pass must be \"nominal\", got " + passes);
    }
    String year = chunk.year();
    boolean mc = chunk.isMC();
    Period period = factory.period(year, mc);
    JetSetup setup = period.setup;
    String who = "JetCalibrator for " + collection + " (" + year + ", "
        + (mc ? "simulation" : "data") + ")";
    Branches b = new Branches(chunk, who);
    this.calibrating = setup.calibrated();
    this.applyJer = calibrating && setup.applyJer();
    this.sort = calibrating && setup.sortByPt();
    this.offsets = b.offsets("n" + collection, "the " + collection + " collection");
    int events = chunk.size();
    int jets = offsets[events];

    // PocketCoffea's add_jec_variables: a collection without pt (CorrT1METJet) starts from rawPt.
    boolean hasPt = b.has(collection + "_pt");
    String what = calibrating ? "the jet energy correction" : "the uncalibrated jets";
    this.ptIn = hasPt ? b.floats(collection + "_pt", what) : null;
    this.rawPtIn = hasPt ? null : b.floats(collection + "_rawPt", what + " (a collection without"
        + " " + collection + "_pt starts from rawPt)");
    this.massIn = hasPt ? (calibrating ? b.floats(collection + "_mass", what)
        : b.optionalFloats(collection + "_mass")) : null;
    this.rawMassIn = hasPt ? null : b.optionalFloats(collection + "_rawMass");
    this.rawFactorIn = hasPt ? (calibrating ? b.floats(collection + "_rawFactor", what)
        : b.optionalFloats(collection + "_rawFactor")) : null;

    // The array sets: nominal, then one per distinct shifted pass.
    this.variantOfPass = new int[passes.size()];
    Map<JetSetup.Shift, Integer> variants = new HashMap<>();
    List<JetSetup.Shift> shifts = new ArrayList<>();
    for (int k = 1; k < passes.size(); k++) {
      JetSetup.Shift s = setup.shift(passes.get(k));
      if (s != null) {
        Integer v = variants.get(s);
        if (v == null) {
          v = shifts.size() + 1;
          variants.put(s, v);
          shifts.add(s);
        }
        variantOfPass[k] = v;
      }
    }
    int nVariants = shifts.size() + 1;
    this.pt = new double[nVariants][jets];
    this.mass = new double[nVariants][jets];
    this.rawFactor = new double[nVariants][jets];
    this.order = new int[nVariants][jets];
    for (int[] o : order) {
      for (int j = 0; j < jets; j++) {
        o[j] = j;
      }
    }
    this.jerUp = indexOf(variants, new JetSetup.Shift("JER", 1));
    this.jerDown = indexOf(variants, new JetSetup.Shift("JER", -1));
    int nJes = 0;
    for (JetSetup.Shift s : shifts) {
      nJes += s.variation().startsWith("JES_") ? 1 : 0;
    }
    this.jesVariant = new int[nJes];
    this.jesSource = new NamedInputs[nJes];
    this.jesDirection = new int[nJes];

    if (!calibrating) {
      this.etaIn = null;
      this.phiIn = null;
      this.areaIn = null;
      this.genJetIdx = null;
      this.genOffsets = null;
      this.genPtIn = null;
      this.rhoIn = null;
      this.eventIn = null;
      this.runIn = null;
      this.jec = null;
      this.ptResolution = null;
      this.sfNominal = null;
      this.sfUp = null;
      this.sfDown = null;
      this.sfUncertainty = null;
      this.smear = null;
      for (int j = 0; j < jets; j++) {
        pt[0][j] = hasPt ? ptIn[j] : rawPtIn[j];
        mass[0][j] = hasPt ? (massIn == null ? 0.0 : massIn[j])
            : (rawMassIn == null ? 0.0 : rawMassIn[j]);
        rawFactor[0][j] = rawFactorIn == null ? 0.0 : rawFactorIn[j];
      }
      return;
    }

    JetCorrections corrections = period.corrections;
    CorrectionFunction jecFunction = mc ? corrections.jecMc() : corrections.jecData(chunk.era());
    this.jec = NamedInputs.of(jecFunction.bind(), jecFunction.name());
    boolean phi = NamedInputs.reads(jecFunction.inputs(), Slot.JET_PHI);
    boolean run = NamedInputs.reads(jecFunction.inputs(), Slot.RUN);
    if (applyJer) {
      this.ptResolution = NamedInputs.of(corrections.ptResolution.bind(),
          corrections.ptResolution.name());
      String sfName = corrections.scaleFactor.name();
      this.sfNominal = NamedInputs.of(corrections.scaleFactor("nom"), sfName);
      boolean systematic = corrections.systematicScaleFactor();
      boolean shifted = jerUp > 0 || jerDown > 0;
      this.sfUp = systematic && shifted ? NamedInputs.of(corrections.scaleFactor("up"), sfName)
          : null;
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
    int n = 0;
    for (JetSetup.Shift s : shifts) {
      if (s.variation().startsWith("JES_")) {
        CorrectionFunction source = corrections.jes.get(s.variation());
        jesVariant[n] = variants.get(s);
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
    this.rhoIn = b.floats(factory.rhoBranch(year, chunk), what + " (rho)");
    this.runIn = run ? b.ints("run", what) : null;
    this.eventIn = applyJer ? b.longs("event", "the JER smearing (its random numbers)") : null;
    if (applyJer && hasPt) {
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

  private static int indexOf(Map<JetSetup.Shift, Integer> variants, JetSetup.Shift s) {
    return variants.getOrDefault(s, -1);
  }

  /**
   * A factory for one NanoAOD collection ({@code "Jet"} or {@code "CorrT1METJet"}) that reads
   * {@code jets_calibration} from {@code params}; thread-safe, loads the JME files lazily per
   * period.
   */
  public static Factory factory(Params params, String collection) {
    return new Factory(params, collection);
  }

  /** Makes per-chunk calibrators; shared by all threads of a run. */
  public static final class Factory {
    private final Params params;
    private final String collection;
    private final ConcurrentMap<String, JetSetup> setups = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Period> periods = new ConcurrentHashMap<>();

    private Factory(Params params, String collection) {
      this.params = Objects.requireNonNull(params);
      this.collection = Objects.requireNonNull(collection);
    }

    /**
     * The variations this collection can produce in {@code year} for simulation, with
     * PocketCoffea's names ({@code AK4PFchs_JES_TotalUp}), sorted; empty when the collection is
     * not calibrated or has no variations.
     */
    public List<String> variations(String year) {
      return setup(year, true).variationNames();
    }

    /**
     * A calibrator for one chunk. {@code passes.get(0)} must be {@code "nominal"}; pass
     * {@code k > 0} is a shape-variation name, and names this calibrator does not own (e.g.
     * {@code unclust_EnUp}) give the nominal values.
     *
     * @throws IllegalArgumentException naming a branch the chunk lacks, or a data era without
     *     JEC
     */
    public JetCalibrator bind(ColumnChunk chunk, List<String> passes) {
      if (chunk.year().isEmpty()) {
        throw new IllegalArgumentException("the jet calibration depends on the data-taking"
            + " period, but the chunk has none; set it with ColumnChunk.Builder.year(\"2018\")"
            + " (dataset metadata 'year')");
      }
      return new JetCalibrator(this, chunk, passes);
    }

    JetSetup setup(String year, boolean mc) {
      return setups.computeIfAbsent(year + (mc ? "/mc" : "/data"),
          k -> JetSetup.read(params, collection, year, mc));
    }

    /** The setup with its corrections, whose file is loaded on first use. */
    Period period(String year, boolean mc) {
      return periods.computeIfAbsent(year + (mc ? "/mc" : "/data"), k -> {
        JetSetup setup = setup(year, mc);
        return new Period(setup, setup.calibrated() ? JetCorrections.load(params, setup) : null);
      });
    }

    /** PocketCoffea's get_rho: the rho branch of NanoAOD v12 and later, or of v9. */
    String rhoBranch(String year, ColumnChunk chunk) {
      String path = "default_nano_version." + year;
      if (params.has(path)) {
        return params.getInt(path) >= 12 ? "Rho_fixedGridRhoFastjetAll" : "fixedGridRhoFastjetAll";
      }
      return chunk.has("Rho_fixedGridRhoFastjetAll") ? "Rho_fixedGridRhoFastjetAll"
          : "fixedGridRhoFastjetAll";
    }
  }

  /** The setup and corrections of one period, for simulation or data. */
  private record Period(JetSetup setup, JetCorrections corrections) {}

  /** Calibrates the jets of event {@code e}, for every pass. Allocates nothing. */
  public void calibrate(int e) {
    if (!calibrating) {
      return;
    }
    int lo = offsets[e];
    int hi = offsets[e + 1];
    if (lo == hi) {
      return;
    }
    double rho = rhoIn[e];
    dictionary[RHO] = rho;
    dictionary[RUN] = runIn == null ? 0.0 : (double) (runIn[e] & 0xFFFFFFFFL);
    double eventId = eventIn == null ? 0.0 : Branches.unsignedToDouble(eventIn[e]);
    int genLo = genOffsets == null ? 0 : genOffsets[e];
    int genCount = genOffsets == null ? 0 : genOffsets[e + 1] - genLo;
    double[] nominalPt = pt[0];
    double[] nominalMass = mass[0];
    for (int j = lo; j < hi; j++) {
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
      nominalPt[j] = p;
      nominalMass[j] = m;
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
    if (sort) {
      for (int v = 0; v < pt.length; v++) {
        PtOrder.sort(pt[v], order[v], lo, hi);
      }
    }
  }

  /** Calibrated pt of every jet of the chunk (indexed like the branch arrays), for pass k. */
  public double[] pt(int pass) {
    return pt[variantOfPass[pass]];
  }

  /** Calibrated mass of every jet of the chunk, for pass k. */
  public double[] mass(int pass) {
    return mass[variantOfPass[pass]];
  }

  /** {@code 1 - pt_raw / pt} of the nominal pt, indexed like the branches. */
  public double[] rawFactor() {
    return rawFactor[0];
  }

  /**
   * {@code 1 - pt_raw / pt} of pass k: PocketCoffea's {@code apply_variation} recomputes the raw
   * factor for the varied pt, and the type-1 MET of a variation uses it.
   */
  public double[] rawFactor(int pass) {
    return rawFactor[variantOfPass[pass]];
  }

  /**
   * {@code order(pass)[offsets[e] + j]} is the index (into the branch arrays) of event e's j-th
   * jet by calibrated pt, highest first; the identity when the jets are not re-sorted.
   */
  public int[] order(int pass) {
    return order[variantOfPass[pass]];
  }

  /** The collection calibrated. */
  String collection() {
    return collection;
  }

  /** The passes the calibrator was bound with. */
  List<String> passes() {
    return passes;
  }

  /** The array set pass k reads; passes with equal values read the same set. */
  int variantOf(int pass) {
    return variantOfPass[pass];
  }
}
