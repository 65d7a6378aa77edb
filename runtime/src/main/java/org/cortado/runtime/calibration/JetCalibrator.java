package org.cortado.runtime.calibration;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.cortado.params.Params;
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

  private final String collection;
  private final List<String> passes;
  /** The array set (variant) each pass reads: 0 is the nominal. */
  private final int[] variantOfPass;
  private final int[] offsets;
  /** The corrections, or null when the collection is left as read. */
  private final JetChain chain;
  private final boolean sort;

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
    Branches b = new Branches(chunk, "JetCalibrator for " + collection + " (" + year + ", "
        + (mc ? "simulation" : "data") + ")");
    boolean calibrating = setup.calibrated();
    this.sort = calibrating && setup.sortByPt();
    this.offsets = b.offsets("n" + collection, "the " + collection + " collection");
    int jets = offsets[chunk.size()];

    // add_jec_variables: a collection without pt (CorrT1METJet) starts from rawPt.
    boolean hasPt = b.has(collection + "_pt");
    String what = calibrating ? "the jet energy correction" : "the uncalibrated jets";
    JetChain.RawInputs raw = hasPt
        ? new JetChain.RawInputs(b.floats(collection + "_pt", what),
            calibrating ? b.floats(collection + "_mass", what)
                : b.optionalFloats(collection + "_mass"),
            calibrating ? b.floats(collection + "_rawFactor", what)
                : b.optionalFloats(collection + "_rawFactor"), null, null)
        : new JetChain.RawInputs(null, null, null, b.floats(collection + "_rawPt", what
            + " (a collection without " + collection + "_pt starts from rawPt)"),
            b.optionalFloats(collection + "_rawMass"));

    PassPlan plan = PassPlan.of(setup, passes);
    this.variantOfPass = plan.variantOfPass();
    Scratch scratch = factory.scratch.get();
    this.pt = scratch.doubles(0, plan.variants(), jets);
    this.mass = scratch.doubles(1, plan.variants(), jets);
    this.rawFactor = scratch.doubles(2, plan.variants(), jets);
    this.order = scratch.ints(0, plan.variants(), jets);
    for (int[] o : order) {
      identity(o, jets);
    }
    if (calibrating) {
      this.chain = new JetChain(period.corrections, plan, chunk, b, raw,
          factory.rhoBranch(year, chunk));
    } else {
      // Left as read (Run 2 data, or a collection no jet type calibrates), once for the chunk.
      this.chain = null;
      widen(hasPt ? raw.pt() : raw.rawPt(), pt[0], jets);
      widen(hasPt ? raw.mass() : raw.rawMass(), mass[0], jets);
      widen(raw.rawFactor(), rawFactor[0], jets);
    }
  }

  // The per-jet loops of a chunk live in small methods of their own: in the constructor, which runs
  // once per chunk, they would be compiled on stack replacement together with all of its setup, a
  // few hundred milliseconds of compiler time taken from the workers of a short run.

  private static void identity(int[] order, int jets) {
    for (int j = 0; j < jets; j++) {
      order[j] = j;
    }
  }

  /** {@code to[j] = from[j]} for the first {@code jets} jets, or 0 when the branch is absent. */
  private static void widen(float[] from, double[] to, int jets) {
    if (from == null) {
      Arrays.fill(to, 0, jets, 0.0);
      return;
    }
    for (int j = 0; j < jets; j++) {
      to[j] = from[j];
    }
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
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    private Factory(Params params, String collection) {
      this.params = Objects.requireNonNull(params);
      this.collection = Objects.requireNonNull(collection);
    }

    /**
     * The variations this collection can produce in {@code year} for simulation, with
     * PocketCoffea's names ({@code AK4PFchs_JES_TotalUp}), sorted; empty when the collection is
     * not calibrated or has no variations. Reads no correction file.
     */
    public List<String> variations(String year) {
      return setup(year, true).variationNames();
    }

    /**
     * Whether events of {@code year}, simulation or data, are calibrated; when not, the collection
     * is left as read, and the branches only the corrections read (area, rho, the generator
     * jets, the event number) need not be read at all. Reads no correction file.
     */
    public boolean calibrates(String year, boolean mc) {
      // Without a period, bind names what is missing.
      return year.isEmpty() || setup(year, mc).calibrated();
    }

    /**
     * A calibrator for one chunk, whose results are valid until this factory binds the next
     * chunk on the same thread. {@code passes.get(0)} must be {@code "nominal"}; pass
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
    int lo = offsets[e];
    int hi = offsets[e + 1];
    if (chain == null || lo == hi) {
      return;
    }
    chain.calibrate(e, lo, hi, pt, mass, rawFactor);
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
