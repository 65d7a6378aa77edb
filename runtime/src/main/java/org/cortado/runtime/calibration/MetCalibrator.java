package org.cortado.runtime.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.cortado.params.Params;
import org.cortado.runtime.kernel.ColumnChunk;

/**
 * The type-1 MET of PocketCoffea's {@code METCalibrator.calibrate} (bfe4447), per event and pass,
 * from {@code met_calibration.<year>}. It starts from {@code RawMET} (or {@code RawPuppiMET}) and,
 * when active ({@code apply_MC} for simulation, {@code apply_data} for data), subtracts for every
 * calibrated jet the difference between its muon-subtracted pt at L1L2L3 and at L1:
 *
 * <ul>
 *   <li>{@code pt_noMuRaw = pt * (1 - rawFactor) * (1 - muonSubtrFactor)} with the calibrated pt
 *       and raw factor of the pass, {@code L1L2L3 = pt_noMuRaw / (1 - rawFactor)}, and
 *       {@code L1 = pt_noMuRaw}: PocketCoffea sets the L1 factor to 1 (right for PUPPI jets, not
 *       for Run 2 CHS jets, which carry an L1 offset), so the term is the full JEC;
 *   <li>jets count when {@code L1L2L3 > 15} and {@code chEmEF + neEmEF < 0.9} (float32);
 *   <li>{@code CorrT1METJet} likewise from its {@code rawPt}, with its calibrated raw factor and
 *       {@code L1L2L3 > 15}. PocketCoffea would add {@code EmEF < 0.9} if the <em>Jet</em>
 *       collection had a field {@code EmEF}, which NanoAOD never has, so in practice never.
 * </ul>
 *
 * The jets are summed in their calibrated order, as PocketCoffea sums the re-sorted collections.
 * The unclustered-energy variations {@code unclust_EnUp}/{@code Down} start over from the file's
 * {@code MET} plus or minus {@code MetUnclustEnUpDeltaX/Y} (all float32), or for {@code PuppiMET}
 * add the shift from {@code ptUnclusteredUp/Down}. When inactive (Run 2 data) the result is the
 * raw MET itself: PocketCoffea does not fall back to the file's type-1 MET. A jet shape variation
 * uses that variation's jets.
 */
public final class MetCalibrator {
  private static final int TYPE1 = 0;
  private static final int UNCLUST_MET = 1;
  private static final int UNCLUST_PUPPI = 2;

  private final boolean active;
  private final JetCalibrator jets;
  private final JetCalibrator corrT1;
  /** The distinct computations: kind, representative pass, direction. */
  private final int[] kind;
  private final int[] representative;
  private final int[] direction;
  private final int[] computationOfPass;

  private final float[] rawPt;
  private final float[] rawPhi;
  private final float[] jetPhi;
  private final float[] jetMuonDeltaPhi;
  private final float[] jetMuonSubtr;
  private final float[] jetEmFraction;
  private final float[] jetNeutralEmFraction;
  private final int[] jetOffsets;
  private final float[] corrRawPt;
  private final float[] corrPhi;
  private final float[] corrMuonDeltaPhi;
  private final float[] corrMuonSubtr;
  private final float[] corrEmFraction;
  private final int[] corrOffsets;
  private final float[] metPt;
  private final float[] metPhi;
  private final float[] metDeltaX;
  private final float[] metDeltaY;
  private final float[] puppiUpPt;
  private final float[] puppiUpPhi;
  private final float[] puppiDownPt;
  private final float[] puppiDownPhi;

  private final double[][] pt;
  private final double[][] phi;
  private final double[] xy = new double[2];

  private MetCalibrator(Factory factory, ColumnChunk chunk, List<String> passes, JetCalibrator jets,
      JetCalibrator corrT1) {
    String year = chunk.year();
    Setup s = factory.setup(year);
    boolean mc = chunk.isMC();
    this.active = mc ? s.applyMc : s.applyData;
    String who = "MetCalibrator (" + year + ", " + (mc ? "simulation" : "data") + ")";
    if (passes.isEmpty() || !"nominal".equals(passes.get(0))) {
      throw new IllegalArgumentException(who + ": the first pass must be \"nominal\", got "
          + passes);
    }
    Branches b = new Branches(chunk, who);
    this.rawPt = b.floats(s.rawMet + "_pt", "the raw MET");
    this.rawPhi = b.floats(s.rawMet + "_phi", "the raw MET");
    if (active) {
      check(who, jets, s.jets, passes, "jets");
      check(who, corrT1, s.corrT1, passes, "corrT1MetJets");
      String why = "the type-1 MET";
      String jetColl = s.jets;
      String corrColl = s.corrT1;
      this.jets = jets;
      this.corrT1 = corrT1;
      this.jetPhi = b.floats(jetColl + "_phi", why);
      this.jetMuonDeltaPhi = b.optionalFloats(jetColl + "_muonSubtrDeltaPhi");
      this.jetMuonSubtr = b.floats(jetColl + "_muonSubtrFactor", why);
      this.jetEmFraction = b.floats(jetColl + "_chEmEF", why);
      this.jetNeutralEmFraction = b.floats(jetColl + "_neEmEF", why);
      this.jetOffsets = b.offsets("n" + jetColl, why);
      this.corrRawPt = b.floats(corrColl + "_rawPt", why);
      this.corrPhi = b.floats(corrColl + "_phi", why);
      this.corrMuonDeltaPhi = b.optionalFloats(corrColl + "_muonSubtrDeltaPhi");
      this.corrMuonSubtr = b.floats(corrColl + "_muonSubtrFactor", why);
      // PocketCoffea tests for "EmEF" among the Jet fields before cutting on CorrT1METJet_EmEF.
      this.corrEmFraction = b.has(jetColl + "_EmEF")
          ? b.floats(corrColl + "_EmEF", why + " (" + jetColl + "_EmEF exists)") : null;
      this.corrOffsets = b.offsets("n" + corrColl, why);
    } else {
      this.jets = null;
      this.corrT1 = null;
      this.jetPhi = null;
      this.jetMuonDeltaPhi = null;
      this.jetMuonSubtr = null;
      this.jetEmFraction = null;
      this.jetNeutralEmFraction = null;
      this.jetOffsets = null;
      this.corrRawPt = null;
      this.corrPhi = null;
      this.corrMuonDeltaPhi = null;
      this.corrMuonSubtr = null;
      this.corrEmFraction = null;
      this.corrOffsets = null;
    }

    // One computation per distinct result: the type-1 MET of each jet variant, and each
    // unclustered-energy shift.
    this.computationOfPass = new int[passes.size()];
    List<Computation> computations = new ArrayList<>();
    List<Integer> representatives = new ArrayList<>();
    boolean unclustMet = false;
    boolean unclustPuppi = false;
    for (int k = 0; k < passes.size(); k++) {
      String name = passes.get(k);
      int dir = name.equals("unclust_EnUp") ? 1 : name.equals("unclust_EnDown") ? -1 : 0;
      int kindOf = TYPE1;
      if (dir != 0 && s.met.equals("MET")) {
        kindOf = UNCLUST_MET;
        unclustMet = true;
      } else if (dir != 0 && s.met.equals("PuppiMET")) {
        kindOf = UNCLUST_PUPPI;
        unclustPuppi = true;
      } else {
        dir = 0; // another MET collection: PocketCoffea leaves the MET as it is (with a warning)
      }
      int jetVariant = active ? jets.variantOf(k) : 0;
      int corrVariant = active ? corrT1.variantOf(k) : 0;
      // The file-MET shifts ignore the jets; the other results depend on the jets of the pass.
      Computation wanted = kindOf == UNCLUST_MET ? new Computation(kindOf, dir, 0, 0)
          : new Computation(kindOf, dir, jetVariant, corrVariant);
      int found = computations.indexOf(wanted);
      if (found < 0) {
        found = computations.size();
        computations.add(wanted);
        representatives.add(k);
      }
      computationOfPass[k] = found;
    }
    int n = computations.size();
    this.kind = new int[n];
    this.representative = new int[n];
    this.direction = new int[n];
    for (int c = 0; c < n; c++) {
      kind[c] = computations.get(c).kind();
      representative[c] = representatives.get(c);
      direction[c] = computations.get(c).direction();
    }
    String why = "the unclustered-energy variations";
    this.metPt = unclustMet || unclustPuppi ? b.floats(s.met + "_pt", why) : null;
    this.metPhi = unclustMet || unclustPuppi ? b.floats(s.met + "_phi", why) : null;
    this.metDeltaX = unclustMet ? b.floats(s.met + "_MetUnclustEnUpDeltaX", why) : null;
    this.metDeltaY = unclustMet ? b.floats(s.met + "_MetUnclustEnUpDeltaY", why) : null;
    this.puppiUpPt = unclustPuppi ? b.floats(s.met + "_ptUnclusteredUp", why) : null;
    this.puppiUpPhi = unclustPuppi ? b.floats(s.met + "_phiUnclusteredUp", why) : null;
    this.puppiDownPt = unclustPuppi ? b.floats(s.met + "_ptUnclusteredDown", why) : null;
    this.puppiDownPhi = unclustPuppi ? b.floats(s.met + "_phiUnclusteredDown", why) : null;
    Scratch scratch = factory.scratch.get();
    this.pt = scratch.doubles(0, n, chunk.size());
    this.phi = scratch.doubles(1, n, chunk.size());
  }

  private static void check(String who, JetCalibrator calibrator, String collection,
      List<String> passes, String argument) {
    if (calibrator == null) {
      throw new IllegalArgumentException(who + ": the type-1 MET is active and needs the "
          + collection + " calibrator (" + argument + " is null)");
    }
    if (!calibrator.collection().equals(collection)) {
      throw new IllegalArgumentException(who + ": " + argument + " calibrates "
          + calibrator.collection() + ", but met_calibration names " + collection);
    }
    if (!calibrator.passes().equals(passes)) {
      throw new IllegalArgumentException(who + ": the " + collection + " calibrator was bound"
          + " with the passes " + calibrator.passes() + ", not " + passes);
    }
  }

  /** A factory reading {@code met_calibration} from {@code params}; thread-safe. */
  public static Factory factory(Params params) {
    return new Factory(params);
  }

  /** Makes per-chunk calibrators; shared by all threads of a run. */
  public static final class Factory {
    private static final List<String> VARIATIONS = List.of("unclust_EnDown", "unclust_EnUp");
    private final Params params;
    private final ConcurrentMap<String, Setup> setups = new ConcurrentHashMap<>();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    private Factory(Params params) {
      this.params = Objects.requireNonNull(params);
    }

    /** The MET variations for simulation: {@code unclust_EnDown}, {@code unclust_EnUp}. */
    public List<String> variations(String year) {
      setup(year);
      return VARIATIONS;
    }

    /**
     * A calibrator for one chunk, after the jet calibrators of the same chunk and passes; its
     * results are valid until this factory binds the next chunk on the same thread
     * ({@code jets} for {@code Jet_collection}, {@code corrT1MetJets} for
     * {@code CorrT1METJet_collection}; both may be null when the type-1 MET is not active).
     *
     * @throws IllegalArgumentException naming a branch the chunk lacks, or a jet calibrator of
     *     another collection or other passes
     */
    public MetCalibrator bind(ColumnChunk chunk, List<String> passes, JetCalibrator jets,
        JetCalibrator corrT1MetJets) {
      if (chunk.year().isEmpty()) {
        throw new IllegalArgumentException("the MET calibration depends on the data-taking"
            + " period, but the chunk has none; set it with ColumnChunk.Builder.year(\"2018\")"
            + " (dataset metadata 'year')");
      }
      return new MetCalibrator(this, chunk, passes, jets, corrT1MetJets);
    }

    Setup setup(String year) {
      return setups.computeIfAbsent(year, y -> {
        String base = "met_calibration." + y;
        return new Setup(params.getBoolean(base + ".apply_MC"),
            params.getBoolean(base + ".apply_data"), params.getString(base + ".RawMET_collection"),
            params.getString(base + ".MET_collection"),
            params.getString(base + ".CorrT1METJet_collection"),
            params.getString(base + ".Jet_collection"));
      });
    }
  }

  /** One distinct MET result: its kind and shift direction, and the jet array sets it reads. */
  private record Computation(int kind, int direction, int jetVariant, int corrVariant) {}

  /** {@code met_calibration.<year>}. */
  private record Setup(boolean applyMc, boolean applyData, String rawMet, String met,
      String corrT1, String jets) {}

  /**
   * Computes the MET of event {@code e} for every pass; call it after {@code calibrate(e)} of both
   * jet calibrators. Allocates nothing.
   */
  public void calibrate(int e) {
    for (int c = 0; c < kind.length; c++) {
      switch (kind[c]) {
        case UNCLUST_MET -> unclustered(c, e);
        case UNCLUST_PUPPI -> {
          type1(c, e);
          puppiUnclustered(c, e);
        }
        default -> type1(c, e);
      }
    }
  }

  /** The MET pt of every event of the chunk, for pass k. */
  public double[] pt(int pass) {
    return pt[computationOfPass[pass]];
  }

  /** The MET phi of every event of the chunk, for pass k. */
  public double[] phi(int pass) {
    return phi[computationOfPass[pass]];
  }

  /** The raw MET (inactive), or its x and y minus the jet terms, also left in {@code xy}. */
  private void type1(int c, int e) {
    if (!active) {
      pt[c][e] = rawPt[e];
      phi[c][e] = rawPhi[e];
      return;
    }
    int k = representative[c];
    double x = rawPt[e] * Planar.cos(rawPhi[e]);
    double y = rawPt[e] * Planar.sin(rawPhi[e]);
    // met - sum(jet terms): the raw MET's float32 x and y, minus the float64 sums.
    double[] jetPt = jets.pt(k);
    double[] jetRaw = jets.rawFactor(k);
    int[] jetOrder = jets.order(k);
    double sx = 0.0;
    double sy = 0.0;
    for (int i = jetOffsets[e]; i < jetOffsets[e + 1]; i++) {
      int j = jetOrder[i];
      double rf = jetRaw[j];
      double noMuRaw = jetPt[j] * (1. - rf) * (1f - jetMuonSubtr[j]);
      double l1l2l3 = noMuRaw * (1. / (1. - rf));
      if (l1l2l3 > 15 && jetEmFraction[j] + jetNeutralEmFraction[j] < 0.9f) {
        // NanoAOD v15 gives the angle of the muon-subtracted jet as an offset (float32 sum).
        float angle = jetMuonDeltaPhi == null ? jetPhi[j] : jetMuonDeltaPhi[j] + jetPhi[j];
        Planar.subtract(l1l2l3, angle, noMuRaw, angle, xy);
        sx += xy[0];
        sy += xy[1];
      }
    }
    x -= sx;
    y -= sy;
    double[] corrPt = corrT1.pt(k);
    double[] corrRaw = corrT1.rawFactor(k);
    int[] corrOrder = corrT1.order(k);
    sx = 0.0;
    sy = 0.0;
    for (int i = corrOffsets[e]; i < corrOffsets[e + 1]; i++) {
      int j = corrOrder[i];
      double noMuRaw = corrRawPt[j] * (1f - corrMuonSubtr[j]);
      double l1l2l3 = noMuRaw * (1. / (1. - corrRaw[j]));
      if (l1l2l3 > 15 && (corrEmFraction == null || corrEmFraction[j] < 0.9f)) {
        float angle = corrMuonDeltaPhi == null ? corrPhi[j] : corrMuonDeltaPhi[j] + corrPhi[j];
        Planar.subtract(l1l2l3, angle, noMuRaw, angle, xy);
        sx += xy[0];
        sy += xy[1];
      }
    }
    x -= sx;
    y -= sy;
    pt[c][e] = Math.sqrt(x * x + y * y);
    phi[c][e] = Math.atan2(y, x);
    xy[0] = x;
    xy[1] = y;
  }

  /** {@code MET} ± {@code MetUnclustEnUpDelta}, in float32 from the file's MET. */
  private void unclustered(int c, int e) {
    float x = metPt[e] * Planar.cos(metPhi[e]);
    float y = metPt[e] * Planar.sin(metPhi[e]);
    if (direction[c] > 0) {
      x = x + metDeltaX[e];
      y = y + metDeltaY[e];
    } else {
      x = x - metDeltaX[e];
      y = y - metDeltaY[e];
    }
    // numpy's float32 hypot is glibc's hypotf: the double square root, rounded.
    pt[c][e] = (float) Math.sqrt((double) x * x + (double) y * y);
    phi[c][e] = (float) Math.atan2(y, x);
  }

  /** The type-1 MET plus the PUPPI unclustered shift {@code (ptUnclustered, phiUnclustered) - (pt, phi)}. */
  private void puppiUnclustered(int c, int e) {
    boolean up = direction[c] > 0;
    float rho = up ? puppiUpPt[e] : puppiDownPt[e];
    float angle = up ? puppiUpPhi[e] : puppiDownPhi[e];
    double typeX = xy[0];
    double typeY = xy[1];
    double basePt = pt[c][e];
    double basePhi = phi[c][e];
    Planar.subtract(rho, angle, metPt[e], metPhi[e], xy);
    float deltaRho = (float) xy[0];
    float deltaPhi = (float) xy[1];
    if (active) {
      double x = typeX + (double) (deltaRho * Planar.cos(deltaPhi));
      double y = typeY + (double) (deltaRho * Planar.sin(deltaPhi));
      pt[c][e] = Math.sqrt(x * x + y * y);
      phi[c][e] = Math.atan2(y, x);
    } else {
      Planar.add((float) basePt, (float) basePhi, deltaRho, deltaPhi, xy);
      pt[c][e] = xy[0];
      phi[c][e] = xy[1];
    }
  }
}
