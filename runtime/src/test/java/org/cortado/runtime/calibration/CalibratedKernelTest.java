package org.cortado.runtime.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoublePredicate;
import org.cortado.params.Params;
import org.cortado.runtime.calibration.fixture.JetsAndMet;
import org.cortado.runtime.calibration.fixture.JetsAndMet_Kernel;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.histograms.Axis;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel generated for {@link JetsAndMet} (jets and MET calibrated, with every jet and the
 * unclustered-energy shape variations), run by {@link AnalysisRun} on whole files, against
 * PocketCoffea's own calibrators (the {@code jetmet_reference.py} references of
 * PocketCoffeaOwnCalibratorsTest) and against the calibrators run alone. In every pass the
 * histograms of the MET's pt and phi, of every selected jet's pt and of the leading one's must be
 * those filled, with the same generator weights in event order, from each event's MET and jets in
 * PocketCoffea's reference, and bit for bit those filled from {@link MetCalibrator} and
 * {@link JetCalibrator}. The NanoAOD files run as 2018 simulation with the real 2018 JME file, the
 * generated ttbar file with the example's toy one.
 *
 * <p>PocketCoffea's MET carries numpy's float32 SIMD sines, cosines and arctangents: its phi is
 * up to 3e-7 from ours, its pt up to 2e-7 of itself (PocketCoffeaOwnCalibratorsTest; 6.6e-6 GeV
 * at most here). So an event whose reference phi lies within {@link #MET_SLACK} of a bin edge, or
 * whose pt lies within {@link #MET_SLACK} times itself, may land in the neighbouring bin; such
 * events are found from the reference values, and no other event may move. Its jets are ours bit
 * for bit but for one jet a few ulps off, hence {@link #JET_SLACK}, relative, which covers the
 * selection threshold too. Against our own calibrators nothing may move.
 *
 * <p>Then the same analysis on the NanoAOD files as data of era A: Run 2 data keep the file's
 * jets (not re-sorted), their MET is the raw MET, and their outputs hold the nominal pass only.
 * The NanoAOD files' tests are skipped when the shared data folder is absent.
 */
class CalibratedKernelTest {
  /** Absolute for the MET phi, relative for its pt. */
  private static final double MET_SLACK = 1e-6;
  /** Relative. */
  private static final double JET_SLACK = 1e-12;
  private static final String CATEGORY = "baseline";
  private static final DoublePredicate SELECTED = pt -> pt > JetsAndMet.PT_MIN;

  private static final String POCKETCOFFEA = "PocketCoffea's values";

  private final List<String> failures = new ArrayList<>();
  /** Per source of expected values: histograms compared, fills, fills within their slack. */
  private final Map<String, long[]> tallies = new LinkedHashMap<>();
  private final List<String> moved = new ArrayList<>();

  @Test
  void simulationFillsPocketCoffeasCalibratedValuesInEveryPass() {
    Params params = Fixtures.params();
    for (String file : Fixtures.FILES) {
      compareSimulation(Fixtures.pocketCoffea(file), params, SharedData.root(file));
    }
    assertAgreement("calibrated kernel, simulation: ");
  }

  @Test
  void generatedTtbarFillsPocketCoffeasCalibratedValuesInEveryPass(@TempDir Path tmp) {
    JsonNode ref = Fixtures.pocketCoffea(Fixtures.GENERATED_TTBAR);
    Params params = Fixtures.params(Fixtures.toyJme(),
        ref.get("input").get("tags").get("jer").asText(), "");
    compareSimulation(ref, params, Fixtures.generatedTtbar(ref, tmp));
    assertAgreement("calibrated kernel, generated ttbar: ");
  }

  @Test
  void dataKeepTheirJetsAndTheRawMet() {
    Params params = Fixtures.params();
    for (String file : Fixtures.FILES) {
      KernelOutputs out = run(params, SharedData.root(file),
          DatasetMetadata.data(file, "2018", "A"));
      assertFalse(out.isMC());
      assertEquals(1, out.variationCount(), "data outputs hold the nominal pass only");
      ColumnChunk chunk = Fixtures.chunk(file, false, "A");
      float[] metPt = chunk.floats("RawMET_pt");
      float[] metPhi = chunk.floats("RawMET_phi");
      float[] jetPt = chunk.floats("Jet_pt");
      int[] offsets = chunk.offsets("nJet");
      List<Event> events = new ArrayList<>();
      for (int e = 0; e < chunk.size(); e++) {
        double[] jets = new double[offsets[e + 1] - offsets[e]];
        for (int i = 0; i < jets.length; i++) {
          jets[i] = jetPt[offsets[e] + i];
        }
        events.add(new Event(1.0, metPt[e], metPhi[e], jets));
      }
      compare(file + " data nominal", "the file's values", out, "nominal", events);
    }
    assertAgreement("calibrated kernel, data: ");
  }

  /** One event in one pass: its weight, MET, and jet pts in the calibrated order. */
  private record Event(double weight, double metPt, double metPhi, double[] jetPt) {}

  /**
   * Runs the analysis on {@code file} as simulation with {@code params} and compares each pass
   * with the reference {@code ref} and with the calibrators run alone.
   */
  private void compareSimulation(JsonNode ref, Params params, Path file) {
    String name = ref.get("input").get("file").asText();
    DatasetMetadata meta = DatasetMetadata.mc(name, "2018", 1.0);
    KernelOutputs out = run(params, file, meta);
    ColumnChunk chunk = Fixtures.chunk(file, meta, List.of());
    List<String> passes = out.layout().variations();
    assertEquals(new TreeSet<>(texts(ref.get("variations"))), new TreeSet<>(passes), name);
    assertEquals(chunk.size(), ref.get("events").size(), name);
    Fixtures.Calibrators c = Fixtures.Calibrators.run(params, chunk, passes);
    float[] genWeight = chunk.floats("genWeight");
    long[] eventNumbers = chunk.longs("event");
    int[] offsets = chunk.offsets("nJet");
    for (int k = 0; k < passes.size(); k++) {
      String pass = passes.get(k);
      List<Event> pocketCoffea = new ArrayList<>();
      List<Event> calibrators = new ArrayList<>();
      for (int e = 0; e < chunk.size(); e++) {
        JsonNode event = ref.get("events").get(e);
        assertEquals(event.get("event").longValue(), eventNumbers[e], name + " " + e);
        JsonNode met = event.get("MET").get(pass);
        pocketCoffea.add(new Event(genWeight[e], met.get("pt").doubleValue(),
            met.get("phi").doubleValue(), Fixtures.doubles(event.get("Jet").get(pass).get("pt"))));
        double[] jets = new double[offsets[e + 1] - offsets[e]];
        for (int i = 0; i < jets.length; i++) {
          jets[i] = c.jets().pt(k)[c.jets().order(k)[offsets[e] + i]];
        }
        calibrators.add(new Event(genWeight[e], c.met().pt(k)[e], c.met().phi(k)[e], jets));
      }
      compare(name + " " + pass, POCKETCOFFEA, out, pass, pocketCoffea);
      compare(name + " " + pass, "the calibrators' values", out, pass, calibrators);
    }
  }

  /**
   * Fills each histogram of the analysis from {@code events}, values from {@code source}, as the
   * kernel does, with the slack of PocketCoffea's values if they are and none otherwise, and
   * compares it with the kernel's in {@code pass}.
   */
  private void compare(String what, String source, KernelOutputs out, String pass,
      List<Event> events) {
    long[] tally = tallies.computeIfAbsent(source, s -> new long[3]);
    for (KernelLayout.HistogramSpec spec : out.layout().histograms()) {
      Axis axis = spec.axes().get(0);
      ExpectedHistogram h = !source.equals(POCKETCOFFEA) ? new ExpectedHistogram(axis, 0, 0)
          : switch (spec.name()) {
            case "met_pt" -> new ExpectedHistogram(axis, 0, MET_SLACK);
            case "met_phi" -> new ExpectedHistogram(axis, MET_SLACK, 0);
            default -> new ExpectedHistogram(axis, 0, JET_SLACK);
          };
      for (Event e : events) {
        switch (spec.name()) {
          case "met_pt" -> h.fill(e.metPt(), e.weight());
          case "met_phi" -> h.fill(e.metPhi(), e.weight());
          case "jet_pt" -> {
            for (double pt : e.jetPt()) {
              h.fill(pt, e.weight(), SELECTED);
            }
          }
          case "leading_jet_pt" -> h.fillOneOf(leading(h, e.jetPt()), e.weight());
          default -> throw new AssertionError("a histogram this test does not know: "
              + spec.name());
        }
      }
      ExpectedHistogram.Outcome o = h.compare(out.hist1d(spec.name(), CATEGORY, pass));
      tally[0]++;
      tally[1] += o.fills();
      tally[2] += o.ambiguous();
      String where = what + ", " + spec.name() + ", against " + source + ": ";
      o.moved().forEach(m -> moved.add(where + m));
      if (!o.matches()) {
        failures.add(where + o.difference());
      }
    }
  }

  /**
   * The bins the leading selected jet may land in, that of the exact values first: each jet, in
   * order, that the selection may keep, up to the first it surely keeps; -1 (none) if there is
   * none such.
   */
  private static int[] leading(ExpectedHistogram h, double[] pts) {
    Set<Integer> bins = new LinkedHashSet<>();
    int exact = -1;
    for (double pt : pts) {
      if (SELECTED.test(pt)) {
        exact = h.choices(pt, v -> true)[0];
        break;
      }
    }
    bins.add(exact);
    boolean surely = false;
    for (double pt : pts) {
      int[] choices = h.choices(pt, SELECTED);
      surely = true;
      for (int b : choices) {
        if (b >= 0) {
          bins.add(b);
        } else {
          surely = false;
        }
      }
      if (surely) {
        break;
      }
    }
    if (!surely) {
      bins.add(-1);
    }
    return bins.stream().mapToInt(Integer::intValue).toArray();
  }

  private static KernelOutputs run(Params params, Path file, DatasetMetadata meta) {
    return new AnalysisRun(new JetsAndMet_Kernel(params), params,
        ExecutionOptions.defaults().withThreads(1), Progress.quiet())
        .run(List.of(new Dataset(meta.sample(), meta, List.of(file))))
        .datasets().get(0).outputs();
  }

  /** Prints the tallies and fails unless something was compared and everything matched. */
  private void assertAgreement(String prefix) {
    List<String> lines = new ArrayList<>();
    tallies.forEach((source, t) -> lines.add("against " + source + ": " + t[0]
        + " histograms, " + t[1] + " fills, " + t[2] + " within their slack of an edge"));
    lines.add(moved.size() + " fills in the neighbouring bin, "
        + (failures.isEmpty() ? "every bin equal" : failures.size() + " histograms differ"));
    lines.forEach(l -> System.out.println(prefix + l));
    moved.forEach(m -> System.out.println(prefix + m));
    assertTrue(!tallies.isEmpty() && tallies.values().stream().allMatch(t -> t[1] > 0),
        "nothing compared");
    assertTrue(failures.isEmpty(), String.join("\n", lines) + "\n"
        + String.join("\n", failures));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
