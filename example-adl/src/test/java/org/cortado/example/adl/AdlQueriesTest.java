package org.cortado.example.adl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.cortado.rootio.Compression;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ADL queries against an independent implementation: {@code tools/adl_reference.py} computes
 * the same nine histograms with uproot and awkward (pair and triplet searches as
 * {@code ak.combinations}), and its committed output must match every bin, under- and overflow
 * included, on the 2015 CMS open-data ttbar NanoAOD and on a generated ttbar file.
 */
class AdlQueriesTest {
  @TempDir Path tmp;

  @Test
  void openDataTtbarMatchesTheAwkwardReference() throws IOException {
    compare(SharedData.root("nanoAOD_2015_CMS_Open_Data_ttbar.root"),
        "reference-nanoAOD_2015_CMS_Open_Data_ttbar.json");
  }

  @Test
  void generatedTtbarMatchesTheAwkwardReference() throws IOException {
    Path file = NanoGenerator.generate(Sample.TTBAR, 20_000, 7, WriteOptions.of(Compression.LZ4, 1),
        tmp.resolve("generated-ttbar-20000-seed7.root"), n -> { }).file();
    compare(file, "reference-generated-ttbar-20000-seed7.json");
  }

  private static void compare(Path file, String reference) throws IOException {
    JsonNode expected = read(reference);
    Dataset ttbar = new Dataset("TTbar", DatasetMetadata.mc("TTbar", "", 1.0), List.of(file));
    KernelOutputs out = new AnalysisRun(new AdlQueries_Kernel(), null, ExecutionOptions.defaults(),
        Progress.quiet()).run(List.of(ttbar)).datasets().get(0).outputs();
    assertEquals(expected.get("events").asLong(), out.cutflowCounts()[0], "events processed");
    KernelLayout layout = out.layout();
    assertEquals(expected.get("histograms").size(), layout.histograms().size());
    for (KernelLayout.HistogramSpec h : layout.histograms()) {
      JsonNode e = expected.get("histograms").get(h.name());
      assertEquals(e.get("bins").asInt(), h.axes().get(0).bins(), h.name());
      double[] counts = new double[e.get("counts").size()];
      for (int b = 0; b < counts.length; b++) {
        counts[b] = e.get("counts").get(b).asDouble();
      }
      assertEquals(1, h.categories().size(), h.name() + " is filled in one category");
      double[] actual = out.hist1d(h.name(), h.categories().get(0), "nominal").sumw();
      assertArrayEquals(counts, actual, h.name() + " in " + reference);
    }
  }

  private static JsonNode read(String name) throws IOException {
    try (InputStream in = AdlQueriesTest.class.getResourceAsStream("/adl/" + name)) {
      return new ObjectMapper().readTree(in);
    }
  }
}
