package org.cortado.runtime.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.rootio.Compression;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.corrections.BoundCorrection;
import org.cortado.runtime.corrections.CorrectionSet;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.Columns;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.testing.ContentDigest;
import org.cortado.testing.SharedData;

/**
 * Shared fixtures: real NanoAOD chunks, the 2018 JME file, parameters pointing at it; and the
 * example's toy JME file, which generated files are made consistent with.
 */
final class Fixtures {
  static final String JME = "corrections/POG__JME__2018_UL__jet_jerc.json.gz";
  /** The JER tag of {@link #JME}, which has no JRV3. */
  static final String JME_JER = "Summer19UL18_JRV2_MC";
  /**
   * The example's toy JME file, on the test class path through the POM (one copy, the
   * example's); its JER tag is the defaults' {@code Summer19UL18_JRV3_MC}.
   */
  static final String TOY_JME = "/zmumu/corrections/toy_jet_jerc.json.gz";
  /** The reference of PocketCoffea's calibrators on a generated file, with {@link #TOY_JME}. */
  static final String GENERATED_TTBAR = "generated_ttbar";
  static final List<String> FILES = List.of("nano_dy.root",
      "nanoAOD_2015_CMS_Open_Data_ttbar.root");
  static final List<String> BRANCHES = List.of("event", "run", "fixedGridRhoFastjetAll",
      "RawMET_pt", "RawMET_phi", "MET_pt", "MET_phi", "MET_MetUnclustEnUpDeltaX",
      "MET_MetUnclustEnUpDeltaY", "Jet_pt", "Jet_eta", "Jet_phi", "Jet_mass", "Jet_rawFactor",
      "Jet_area", "Jet_genJetIdx", "Jet_muonSubtrFactor", "Jet_chEmEF", "Jet_neEmEF", "GenJet_pt",
      "CorrT1METJet_rawPt", "CorrT1METJet_eta", "CorrT1METJet_phi", "CorrT1METJet_area",
      "CorrT1METJet_muonSubtrFactor");
  /**
   * Read when the file has them (the open-data file has PUPPI MET variations; data have no
   * generator weight).
   */
  static final List<String> OPTIONAL = List.of("genWeight", "RawPuppiMET_pt", "RawPuppiMET_phi",
      "PuppiMET_pt", "PuppiMET_phi", "PuppiMET_ptUnclusteredUp", "PuppiMET_phiUnclusteredUp",
      "PuppiMET_ptUnclusteredDown", "PuppiMET_phiUnclusteredDown");
  static final List<String> COUNTERS = List.of("nJet", "nGenJet", "nCorrT1METJet");

  private Fixtures() {}

  /**
   * The default parameters with the 2018 AK4 JME file pointed at the shared copy, whose JER
   * version is JRV2 (the defaults name the newer JRV3 of cvmfs), plus {@code extraYaml}.
   */
  static Params params(String extraYaml) {
    return params(SharedData.data(JME), JME_JER, extraYaml);
  }

  static Params params() {
    return params("");
  }

  /** The default parameters with the 2018 AK4 JME file {@code jme} and JER tag {@code jer}. */
  static Params params(Path jme, String jer, String extraYaml) {
    String yaml = String.join("\n",
        "default_jets_calibration:",
        "  factory_config_clib:",
        "    AK4PFchs:",
        "      '2018':",
        "        json_path: '" + jme.toAbsolutePath() + "'",
        "        jer: " + jer,
        "") + extraYaml;
    return ParamsLoader.withDefaults().text("calibration-test.yaml", yaml).load();
  }

  /** The example's toy JME file ({@link #TOY_JME}). */
  static Path toyJme() {
    URL url = Fixtures.class.getResource(TOY_JME);
    if (url == null) {
      throw new IllegalStateException("no test resource " + TOY_JME + " (runtime/pom.xml adds it"
          + " from example-zmumu)");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every event of a shared NanoAOD file, as a chunk of {@code year} and simulation or data. */
  static ColumnChunk chunk(String file, boolean mc, String era, List<String> without) {
    DatasetMetadata meta = mc ? DatasetMetadata.mc(file, "2018", 1.0)
        : DatasetMetadata.data(file, "2018", era);
    return chunk(SharedData.root(file), meta, without);
  }

  /** Every event of a NanoAOD file, as a chunk of {@code meta}, without the branches named. */
  static ColumnChunk chunk(Path path, DatasetMetadata meta, List<String> without) {
    try (RootFile f = RootFile.open(path)) {
      TTree t = f.tree("Events");
      List<String> names = new ArrayList<>();
      for (String name : BRANCHES) {
        if (!without.contains(name)) {
          names.add(name);
        }
      }
      for (String name : OPTIONAL) {
        if (t.findBranch(name).isPresent() && !without.contains(name)) {
          names.add(name);
        }
      }
      return Columns.read(t, t.entries(), names, COUNTERS, meta);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ColumnChunk chunk(String file, boolean mc, String era) {
    return chunk(file, mc, era, List.of());
  }

  /**
   * The three calibrators of a chunk bound with the same passes, as the kernel chains them: the
   * {@code Jet} and {@code CorrT1METJet} calibrators, then the MET calibrator reading both.
   */
  record Calibrators(JetCalibrator jets, JetCalibrator corrT1, MetCalibrator met) {
    static Calibrators bind(Params params, ColumnChunk chunk, List<String> passes) {
      JetCalibrator jets = JetCalibrator.factory(params, "Jet").bind(chunk, passes);
      JetCalibrator corrT1 = JetCalibrator.factory(params, "CorrT1METJet").bind(chunk, passes);
      return new Calibrators(jets, corrT1, MetCalibrator.factory(params)
          .bind(chunk, passes, jets, corrT1));
    }

    /** Bound and run over every event of {@code chunk}. */
    static Calibrators run(Params params, ColumnChunk chunk, List<String> passes) {
      Calibrators c = bind(params, chunk, passes);
      for (int e = 0; e < chunk.size(); e++) {
        c.calibrate(e);
      }
      return c;
    }

    void calibrate(int e) {
      jets.calibrate(e);
      corrT1.calibrate(e);
      met.calibrate(e);
    }
  }

  /**
   * The 2018 AK4PFchs JEC of the chunk's kind ({@code L1L2L3Res} of simulation, or of the data
   * era), bound; evaluate it with {@code (JetA, JetEta, raw JetPt, Rho)}.
   */
  static BoundCorrection jec(ColumnChunk chunk) {
    return jec(SharedData.data(JME), chunk);
  }

  /** As {@link #jec(ColumnChunk)}, from the JME file {@code jme}. */
  static BoundCorrection jec(Path jme, ColumnChunk chunk) {
    String tag = chunk.isMC() ? "Summer19UL18_V5_MC"
        : "Summer19UL18_Run" + chunk.era() + "_V5_DATA";
    return CorrectionSet.cached(jme).compound(tag + "_L1L2L3Res_AK4PFchs").bind();
  }

  /**
   * The reference of PocketCoffea's own calibrators on {@code file} (a NanoAOD file's name, or
   * {@link #GENERATED_TTBAR}), written by {@code jetmet_reference.py}.
   */
  static JsonNode pocketCoffea(String file) {
    return json("/calibration/pocketcoffea/" + file.replace(".root", "") + ".json");
  }

  /**
   * Generates into {@code dir} the events of the {@link #GENERATED_TTBAR} reference {@code ref},
   * as {@code cortado generate --sample ttbar --events 100 --seed 9} wrote them for it
   * ({@code run_references.sh}), and checks them against the content digest it recorded.
   */
  static Path generatedTtbar(JsonNode ref, Path dir) {
    String name = ref.get("input").get("file").asText();
    try {
      Path file = NanoGenerator.generate(Sample.TTBAR, 100, 9,
          WriteOptions.of(Compression.LZ4, 4), dir.resolve(name), n -> { }).file();
      assertEquals(ref.get("input").get("content_sha256").asText(), ContentDigest.of(file),
          "the generated events differ from those the reference was made from");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reference values written by {@code calibration/make_expected.py}. */
  static JsonNode expected() {
    return json("/calibration/calibration_expected.json");
  }

  /** A JSON resource of the test class path. */
  static JsonNode json(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).doubleValue();
    }
    return out;
  }

  static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).intValue();
    }
    return out;
  }
}
