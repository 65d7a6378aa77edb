package org.cortado.example.zmumu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cortado.rootio.Compression;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.Columns;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.internal.Kernels;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run reads the branches only the jet calibration needs (area, rho, raw factor, and the mass,
 * which the analysis itself does not read) only for events the parameters calibrate: Run 2
 * simulation, not Run 2 data, whose jets are left as read. Leaving them out changes nothing.
 */
class CalibrationInputsTest {
  private static final List<String> CALIBRATION_ONLY =
      List.of("Jet_area", "Jet_mass", "Jet_rawFactor", "fixedGridRhoFastjetAll");

  @TempDir Path tmp;

  @Test
  void dataLeavesOutWhatOnlyTheJetCalibrationReadsWithTheSameResults() throws Exception {
    Path golden = tmp.resolve("golden.json");
    NanoGenerator.writeGoldenJson(golden);
    ZMuMuAnalysis_Kernel kernel = new ZMuMuAnalysis_Kernel(Kernels.paramsLoader(ZMuMuAnalysis_Kernel.class,
        new ZMuMuAnalysis_Kernel().paramFiles()).text("golden.yaml", "lumi: {goldenJSON: {'2018': " + golden + "}}\n")
        .load());
    List<String> simulation = List.of(kernel.branches(true, "2018"));
    List<String> data = List.of(kernel.branches(false, "2018"));
    assertTrue(simulation.containsAll(CALIBRATION_ONLY), simulation.toString());
    assertTrue(Collections.disjoint(data, CALIBRATION_ONLY), data.toString());

    Path file = NanoGenerator.generate(Sample.DATA, 20_000, 21, WriteOptions.of(Compression.LZ4, 1),
        tmp.resolve("data.root"), n -> { }).file();
    List<String> everything = new ArrayList<>(data);
    everything.addAll(CALIBRATION_ONLY);
    KernelOutputs asked = process(kernel, file, data);
    KernelOutputs all = process(kernel, file, everything);
    assertTrue(asked.cutflow("dilepton") > 100, "enough events reach the histograms");
    assertArrayEquals(all.cutflowCounts(), asked.cutflowCounts());
    assertArrayEquals(all.sumw(), asked.sumw());
    for (int h = 0; h < kernel.layout().histograms().size(); h++) {
      Hist1D[] expected = all.hist1d(h);
      Hist1D[] actual = asked.hist1d(h);
      assertEquals(expected.length, actual.length);
      for (int k = 0; k < expected.length; k++) {
        assertArrayEquals(expected[k].sumw(), actual[k].sumw(), expected[k].name());
        assertArrayEquals(expected[k].sumw2(), actual[k].sumw2(), expected[k].name());
      }
    }
  }

  private static KernelOutputs process(ZMuMuAnalysis_Kernel kernel, Path file, List<String> branches)
      throws Exception {
    ColumnChunk chunk;
    try (RootFile f = RootFile.open(file)) {
      chunk = Columns.read(f.tree("Events"), 20_000, branches, List.of(kernel.counters(false, "2018")),
          DatasetMetadata.data("DATA_SingleMuon", "2018", "A"));
    }
    KernelOutputs out = KernelOutputs.create(kernel.layout(), false);
    kernel.process(chunk, out);
    return out;
  }
}
