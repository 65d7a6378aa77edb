package org.cortado.bench.corrections;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cortado.runtime.corrections.BoundCorrection;
import org.cortado.runtime.corrections.CorrectionSet;
import org.cortado.runtime.weights.MuonScaleFactor;
import org.cortado.runtime.weights.PileupWeight;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Nanoseconds per evaluation of two typical per-object corrections, on the real files of
 * {@code shared/data/corrections} ({@code -Dcortado.shared.dir}, default {@code ../shared}):
 * a binned muon ID scale factor, alone and with its up and down variations as a weight asks for
 * them, and the four-level JEC compound chain. Arguments cycle through
 * 1024 precomputed in-range points so branch prediction cannot memorise one path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CorrectionBenchmark {
  private static final int POINTS = 1024;

  private BoundCorrection muonSf;
  private MuonScaleFactor muonSfVariations;
  private BoundCorrection jec;
  private PileupWeight pileup;
  private final double[] absEta = new double[POINTS];
  private final double[] pt = new double[POINTS];
  private final double[] eta = new double[POINTS];
  private final double[] area = new double[POINTS];
  private final double[] rho = new double[POINTS];
  private final double[] trueInteractions = new double[POINTS];
  private int i;

  @Setup
  public void setUp() throws IOException {
    Path dir = Path.of(System.getProperty("cortado.shared.dir", "../shared"), "data", "corrections");
    CorrectionSet muon = CorrectionSet.load(dir.resolve("POG__MUO__2018_UL__muon_Z.json.gz"));
    muonSf = muon.correction("NUM_TightID_DEN_TrackerMuons").bind("2018_UL", "sf");
    muonSfVariations = MuonScaleFactor.of(muon.correction("NUM_TightID_DEN_TrackerMuons"), "2018");
    jec = CorrectionSet.load(dir.resolve("POG__JME__2018_UL__jet_jerc.json.gz"))
        .compound("Summer19UL18_V5_MC_L1L2L3Res_AK4PFchs").bind();
    pileup = PileupWeight.of(CorrectionSet.load(dir.resolve("POG__LUM__2016postVFP_UL__puWeights.json"))
        .correction("Collisions16_UltraLegacy_goldenJSON"));
    SplittableRandom random = new SplittableRandom(42);
    for (int k = 0; k < POINTS; k++) {
      absEta[k] = random.nextDouble(0.0, 2.4);
      pt[k] = random.nextDouble(15.0, 200.0);
      eta[k] = random.nextDouble(-4.7, 4.7);
      area[k] = random.nextDouble(0.4, 0.6);
      rho[k] = random.nextDouble(5.0, 40.0);
      trueInteractions[k] = (float) random.nextDouble(0.0, 80.0); // a float branch in NanoAOD
    }
  }

  /** {@code NUM_TightID_DEN_TrackerMuons(abseta, pt)}: category, two binnings, category. */
  @Benchmark
  public double muonIdScaleFactor() {
    int k = i = (i + 1) & (POINTS - 1);
    return muonSf.evaluate(absEta[k], pt[k]);
  }

  /** The same at signed eta, nominal, up and down, as the generated weight loop asks for them. */
  @Benchmark
  public double muonIdScaleFactorWithVariations() {
    int k = i = (i + 1) & (POINTS - 1);
    double e = (k & 1) == 0 ? absEta[k] : -absEta[k];
    return muonSfVariations.nominal(e, pt[k]) + muonSfVariations.up() + muonSfVariations.down();
  }

  /** The pile-up weight and its variations: 100 bins of explicit edges, one per interaction. */
  @Benchmark
  public double pileupWeightWithVariations() {
    int k = i = (i + 1) & (POINTS - 1);
    return pileup.nominal(trueInteractions[k]) + pileup.up() + pileup.down();
  }

  /** {@code L1FastJet * L2Relative * L3Absolute * L2L3Residual} with the pt updated per stage. */
  @Benchmark
  public double jecL1L2L3Chain() {
    int k = i = (i + 1) & (POINTS - 1);
    return jec.evaluate(area[k], eta[k], pt[k], rho[k]);
  }
}
