package org.cortado.example.zmumu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cortado.params.Params;
import org.cortado.rootio.Compression;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.internal.Kernels;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.testing.ContentDigest;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Z→μμ example with jet calibration against PocketCoffea's own calibrators and workflow
 * ({@code example-zmumu/tools/pocketcoffea}, output committed in {@code pocketcoffea/}): the cut flow,
 * the yields of every shape variation, and every bin (flow included) of every histogram in every weight
 * and shape variation, on the real {@code nano_dy.root} with the CMS 2018 JME file and on a generated
 * Drell-Yan file with the example's toy JME file. PocketCoffea sums the generator weights in float32,
 * so on real NanoAOD its normalisation differs from ours by a few 1e-9; the comparison divides our raw
 * sums by PocketCoffea's sum to take that out.
 */
class PocketCoffeaCalibratedTest {
  private static final double TOLERANCE = 1e-12;

  @TempDir Path tmp;

  @Test
  void nanoDyMatchesPocketCoffeaInEveryVariation() throws Exception {
    Path file = SharedData.root("nano_dy.root");
    Path jme = SharedData.data("corrections/POG__JME__2018_UL__jet_jerc.json.gz");
    JsonNode ref = reference("/pocketcoffea/zmumu-nano_dy.json");
    // The fixture's JME file has Summer19UL18_JRV2_MC only, which the reference used too.
    Params params = params("default_jets_calibration:\n  factory_config_clib:\n    AK4PFchs:\n"
        + "      '2018':\n        json_path: " + jme + "\n        jer: "
        + ref.path("options").path("jer_tag").asText() + "\n");
    assertMatchesPocketCoffea(ref, file, params);
  }

  /**
   * The reference was made from {@code cortado generate --sample dy --events 20000 --seed 1 --compression
   * lz4} ({@code run_references.sh}); the generator is deterministic, so the file generated here holds the
   * same events, which the content digest recorded by the reference checks branch by branch. Its
   * generator weights add up exactly in float32, so the two sums agree to the bit.
   */
  @Test
  void generatedDrellYanMatchesPocketCoffeaInEveryVariation() throws Exception {
    JsonNode ref = reference("/pocketcoffea/zmumu-dy20k.json");
    JsonNode options = ref.path("options");
    String name = options.path("inputs").get(0).asText();
    // The CLI's write options (LZ4 level 4, 64 KiB baskets) and file name: the very file the reference read.
    Path file = NanoGenerator.generate(Sample.DY, 20_000, 1, WriteOptions.of(Compression.LZ4, 4),
        tmp.resolve(name), n -> { }).file();
    assertEquals(options.path("input_content_sha256").path(name).asText(), ContentDigest.of(file),
        "the generated events differ from those the reference was made from");
    assertEquals("toy_jet_jerc.json.gz", options.path("jme_json").asText());
    assertEquals("Summer19UL18_JRV3_MC", options.path("jer_tag").asText());
    Params params = params("default_jets_calibration:\n  factory_config_clib:\n    AK4PFchs:\n"
        + "      '2018':\n        json_path: " + corrections("toy_jet_jerc.json.gz") + "\n");
    double sumGenweights = assertMatchesPocketCoffea(ref, file, params);
    assertEquals(ref.path("sum_genweights").path(options.path("datasets").fieldNames().next()).asDouble(),
        sumGenweights);
  }

  /**
   * Runs the example on {@code file}, the single MC dataset of {@code ref}, and compares: cut flow
   * (initial, skim, preselection), the category yields of every variation the reference has, and every
   * bin of every histogram variation, with the raw sums divided by PocketCoffea's sum of generator
   * weights. Returns Cortado's sum of generator weights.
   */
  private static double assertMatchesPocketCoffea(JsonNode ref, Path file, Params params) throws Exception {
    JsonNode datasets = ref.path("options").path("datasets");
    assertEquals(1, datasets.size(), "one dataset in the reference");
    String dataset = datasets.fieldNames().next();
    JsonNode meta = datasets.path(dataset);
    assertEquals("True", meta.path("isMC").asText());
    String sample = meta.path("sample").asText();
    RunResult result = new AnalysisRun(new ZMuMuAnalysis_Kernel(params), params,
        ExecutionOptions.defaults().withThreads(1), Progress.quiet())
        .run(List.of(new Dataset(dataset, DatasetMetadata.mc(sample, meta.path("year").asText(),
            meta.path("xsec").asDouble()), List.of(file))));
    KernelOutputs out = result.datasets().get(0).outputs();
    // Normalised by PocketCoffea's sum of generator weights, which it adds in float32.
    double scale = ref.path("sum_genweights").path(dataset).asDouble();
    double ratio = result.datasets().get(0).sumGenweights() / scale;
    assertTrue(Math.abs(ratio - 1) < 1e-7, "sums of generator weights disagree beyond float32: " + ratio);

    JsonNode cutflow = ref.path("cutflow");
    assertEquals(cutflow.path("initial").path(dataset).asLong(), out.cutflow("initial"));
    assertEquals(cutflow.path("skim").path(dataset).asLong(), out.cutflow("HLT_trigger_SingleMuon"));
    assertEquals(cutflow.path("presel").path(dataset).path("nominal").asLong(), out.cutflow("dilepton"));
    JsonNode yields = ref.path("sumw").path("baseline").path(dataset).path(sample);
    JsonNode yields2 = ref.path("sumw2").path("baseline").path(dataset).path(sample);
    for (Map.Entry<String, JsonNode> v : yields.properties()) {
      close("sumw " + v.getKey(), v.getValue().asDouble(), out.sumw("baseline", v.getKey()) / scale,
          Math.abs(v.getValue().asDouble()));
      double w2 = yields2.path(v.getKey()).asDouble();
      close("sumw2 " + v.getKey(), w2, out.sumw2("baseline", v.getKey()) / (scale * scale), Math.abs(w2));
    }

    int compared = 0;
    List<String> shapes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> h : ref.path("histograms").properties()) {
      JsonNode variations = h.getValue().path("samples").path(sample).path(dataset).path("baseline");
      for (Map.Entry<String, JsonNode> v : variations.properties()) {
        Hist1D mine = out.hist1d(h.getKey(), "baseline", v.getKey());
        compareBins(h.getKey() + " " + v.getKey() + " sumw", v.getValue().path("sumw"), mine.sumw(), scale);
        compareBins(h.getKey() + " " + v.getKey() + " sumw2", v.getValue().path("sumw2"), mine.sumw2(),
            scale * scale);
        compared++;
        if (v.getKey().startsWith("AK4PFchs_") && !shapes.contains(v.getKey())) {
          shapes.add(v.getKey());
        }
      }
    }
    assertEquals(List.of("AK4PFchs_JERDown", "AK4PFchs_JERUp", "AK4PFchs_JES_TotalDown", "AK4PFchs_JES_TotalUp"),
        shapes.stream().sorted().toList(), "the reference's shape variations");
    assertTrue(compared >= 100, "only " + compared + " histogram variations compared");
    return result.datasets().get(0).sumGenweights();
  }

  /** Every bin of a histogram, its under- and overflow first and last as both tools store them. */
  private static void compareBins(String what, JsonNode expected, double[] actual, double scale) {
    assertEquals(expected.size(), actual.length, what + ": number of bins");
    double largest = 0;
    for (JsonNode x : expected) {
      largest = Math.max(largest, Math.abs(x.asDouble()));
    }
    for (int i = 0; i < actual.length; i++) {
      close(what + "[" + i + "]", expected.get(i).asDouble(), actual[i] / scale, largest);
    }
  }

  private static void close(String what, double expected, double actual, double magnitude) {
    assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.max(magnitude, Math.abs(expected)),
        what + ": PocketCoffea " + expected + ", Cortado " + actual);
  }

  private static JsonNode reference(String resource) throws Exception {
    try (InputStream in = PocketCoffeaCalibratedTest.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** The example's parameters with the toy pile-up and muon files the reference used, and {@code extra}. */
  private static Params params(String extra) throws URISyntaxException {
    String overlay = "pileupJSONfiles:\n  '2018':\n    file: " + corrections("toy_puWeights_2018.json")
        + "\n    name: Collisions18_UltraLegacy_goldenJSON\n"
        + "lepton_scale_factors:\n  muon_sf:\n    JSONfiles:\n      '2018':\n        file: "
        + corrections("toy_muon_Z_2018.json") + "\n" + extra;
    return Kernels.paramsLoader(ZMuMuAnalysis_Kernel.class, new ZMuMuAnalysis_Kernel().paramFiles())
        .text("test-overlay.yaml", overlay).load();
  }

  private static Path corrections(String name) throws URISyntaxException {
    return Path.of(PocketCoffeaCalibratedTest.class.getResource("/zmumu/corrections/" + name).toURI());
  }
}
