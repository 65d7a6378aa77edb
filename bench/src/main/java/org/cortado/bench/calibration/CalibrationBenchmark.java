package org.cortado.bench.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.runtime.calibration.JetCalibrator;
import org.cortado.runtime.calibration.MetCalibrator;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.Columns;
import org.cortado.runtime.kernel.ColumnChunk;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code calibrate(e)} over the 200 events of the 2015 open-data ttbar NanoAOD file
 * ({@code shared/data/root}, {@code -Dcortado.shared.dir}, default {@code ../shared}) with the
 * real 2018 UL JME file: its 537 {@code Jet}s nominal only ({@code jetsNominal}) and with the
 * JES_Total and JER variations ({@code jetsWithVariations}), scores per jet; and the whole chain,
 * {@code Jet} and {@code CorrT1METJet} (394 jets) and the type-1 MET with the seven passes of a
 * run with variations ({@code chainWithMet}), score per event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CalibrationBenchmark {
  private static final int JETS = 537;
  private static final int EVENTS = 200;
  private static final List<String> VARIED = List.of("nominal", "AK4PFchs_JERDown",
      "AK4PFchs_JERUp", "AK4PFchs_JES_TotalDown", "AK4PFchs_JES_TotalUp");
  private static final List<String> RUN = List.of("nominal", "AK4PFchs_JERDown",
      "AK4PFchs_JERUp", "AK4PFchs_JES_TotalDown", "AK4PFchs_JES_TotalUp", "unclust_EnDown",
      "unclust_EnUp");
  private static final List<String> BRANCHES = List.of("event", "run", "fixedGridRhoFastjetAll",
      "RawMET_pt", "RawMET_phi", "MET_pt", "MET_phi", "MET_MetUnclustEnUpDeltaX",
      "MET_MetUnclustEnUpDeltaY", "Jet_pt", "Jet_eta", "Jet_phi", "Jet_mass", "Jet_rawFactor",
      "Jet_area", "Jet_genJetIdx", "Jet_muonSubtrFactor", "Jet_chEmEF", "Jet_neEmEF", "GenJet_pt",
      "CorrT1METJet_rawPt", "CorrT1METJet_eta", "CorrT1METJet_phi", "CorrT1METJet_area",
      "CorrT1METJet_muonSubtrFactor");

  private JetCalibrator nominal;
  private JetCalibrator varied;
  private JetCalibrator chainJets;
  private JetCalibrator chainCorr;
  private MetCalibrator chainMet;

  @Setup
  public void setUp() throws IOException {
    Path shared = Path.of(System.getProperty("cortado.shared.dir", "../shared"), "data");
    Path jme = shared.resolve("corrections/POG__JME__2018_UL__jet_jerc.json.gz").toAbsolutePath();
    Params params = ParamsLoader.withDefaults().text("bench.yaml", String.join("\n",
        "default_jets_calibration:",
        "  factory_config_clib:",
        "    AK4PFchs:",
        "      '2018':",
        "        json_path: '" + jme + "'",
        "        jer: Summer19UL18_JRV2_MC",
        "")).load();
    ColumnChunk chunk = read(shared.resolve("root/nanoAOD_2015_CMS_Open_Data_ttbar.root"));
    if (chunk.size() != EVENTS || chunk.offsets("nJet")[EVENTS] != JETS) {
      throw new IllegalStateException("unexpected input: " + chunk.size() + " events");
    }
    nominal = JetCalibrator.factory(params, "Jet").bind(chunk, List.of("nominal"));
    varied = JetCalibrator.factory(params, "Jet").bind(chunk, VARIED);
    chainJets = JetCalibrator.factory(params, "Jet").bind(chunk, RUN);
    chainCorr = JetCalibrator.factory(params, "CorrT1METJet").bind(chunk, RUN);
    chainMet = MetCalibrator.factory(params).bind(chunk, RUN, chainJets, chainCorr);
  }

  private static ColumnChunk read(Path file) throws IOException {
    try (RootFile f = RootFile.open(file)) {
      TTree t = f.tree("Events");
      return Columns.read(t, t.entries(), BRANCHES, List.of("nJet", "nGenJet", "nCorrT1METJet"),
          DatasetMetadata.mc("TTbar", "2018", 831.76));
    }
  }


  /** JEC and JER smearing only: score per jet. */
  @Benchmark
  @OperationsPerInvocation(JETS)
  public double jetsNominal() {
    for (int e = 0; e < EVENTS; e++) {
      nominal.calibrate(e);
    }
    return nominal.pt(0)[0];
  }

  /** Plus JES_Total and JER up and down (two more smearings, one uncertainty): score per jet. */
  @Benchmark
  @OperationsPerInvocation(JETS)
  public double jetsWithVariations() {
    for (int e = 0; e < EVENTS; e++) {
      varied.calibrate(e);
    }
    return varied.pt(4)[0];
  }

  /** Jet, CorrT1METJet and the type-1 MET, seven passes: score per event. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public double chainWithMet() {
    for (int e = 0; e < EVENTS; e++) {
      chainJets.calibrate(e);
      chainCorr.calibrate(e);
      chainMet.calibrate(e);
    }
    return chainMet.pt(6)[0];
  }
}
