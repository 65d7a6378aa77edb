package org.cortado.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.dataset.DatasetScanner;
import org.cortado.runtime.histograms.Hist2D;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.runtime.kernel.fixture.ZMuMu_Kernel;
import org.junit.jupiter.api.Test;

/**
 * The functional proof on real NanoAOD: the {@code DiMuon} kernel, run by the executor over
 * {@code nano_dy.root} (simulation) and {@code nano_dimuon.root} (data), fills every cut-flow row,
 * category sum and histogram bin exactly as the hand-written {@link ReferenceLoop}; and the
 * results do not depend on threads or chunk size by a single bit.
 */
class AnalysisRunRealDataTest {

  @Test
  void everyCountAndBinEqualsTheHandWrittenLoop() throws Exception {
    for (int chunk : new int[] {1, 7, 1000}) {
      RunResult r = Fixtures.run(ExecutionOptions.defaults().withThreads(1).withChunkSize(chunk),
          Fixtures.dy(1), Fixtures.data());
      compare(new ReferenceLoop(Fixtures.dy(1).files().get(0), true), r.datasets().get(0).outputs(), true);
      compare(new ReferenceLoop(Fixtures.data().files().get(0), false), r.datasets().get(1).outputs(), false);
      assertEquals(80, r.events());
    }
  }

  @Test
  void theSampleExercisesEveryCutAndCategory() throws Exception {
    ReferenceLoop mc = new ReferenceLoop(Fixtures.dy(1).files().get(0), true);
    ReferenceLoop data = new ReferenceLoop(Fixtures.data().files().get(0), false);
    assertEquals(40, mc.cutflow[0]);
    assertTrue(mc.cutflow[2] >= 5 && data.cutflow[2] >= 10, "too few events pass for a useful test");
    for (int c = 0; c < 3; c++) {
      assertTrue(mc.counts[c] > 0 && data.counts[c] > 0, "empty category " + ReferenceLoop.CATEGORIES[c]);
    }
    assertTrue(data.cutflow[1] < data.cutflow[0], "the vertex cut removes nothing in data");
  }

  @Test
  void resultsAreBitIdenticalForAnyThreadsAndChunkSize() {
    Dataset dy = Fixtures.dy(3);
    Dataset data = Fixtures.data();
    ExecutionOptions base = ExecutionOptions.defaults().withPartitionEntries(10);
    String reference = Fixtures.fingerprint(Fixtures.run(base.withThreads(1).withChunkSize(40), dy, data));
    List<String> failures = new ArrayList<>();
    for (int threads : new int[] {1, 2, 4}) {
      for (long chunk : new long[] {1, 7, 40}) {
        RunResult r = Fixtures.run(base.withThreads(threads).withChunkSize(chunk), dy, data);
        assertEquals(16, r.items());
        if (!reference.equals(Fixtures.fingerprint(r))) {
          failures.add(threads + " threads, chunk " + chunk);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void simulationIsNormalisedByItsProcessedGenWeights() throws Exception {
    RunResult r = Fixtures.run(ExecutionOptions.defaults().withThreads(1), Fixtures.dy(1), Fixtures.data());
    Dataset scanned = new DatasetScanner("Events").scan("DY", DatasetMetadata.mc("DY", "2018", Fixtures.XSEC),
        Fixtures.dy(1).files());
    double sum = scanned.metadata().sumGenweights().getAsDouble();
    DatasetResult mc = r.datasets().get(0);
    assertEquals(sum, mc.sumGenweights());
    assertEquals(Fixtures.LUMI_2018, mc.lumi());
    assertEquals(1 / sum, mc.scale(), "the analysis weights by genWeight and declares no lumi or XS");
    assertEquals(1.0, r.datasets().get(1).scale());
    assertEquals(OptionalDouble.of(sum), scanned.metadata().sumGenweights());
    assertTrue(mc.normalised());
  }

  /**
   * Without the genWeight standard weight nothing is scaled: lumi and cross-section come only
   * from the lumi and XS weights, and dividing by a generator-weight sum the events do not carry
   * would mix units.
   */
  @Test
  void anAnalysisWithoutTheGenWeightWeightIsNotScaled() throws Exception {
    RunResult r = new AnalysisRun(new ZMuMu_Kernel(), null,
        ExecutionOptions.defaults(), Progress.quiet()).run(List.of(Fixtures.dy(1)));
    assertEquals(1.0, r.datasets().get(0).scale());
    assertFalse(r.datasets().get(0).normalised());
  }

  @Test
  void limitsCutEachDatasetInFileOrder() {
    ExecutionOptions one = ExecutionOptions.defaults().withThreads(1).withChunkSize(7);
    RunResult chunks = Fixtures.run(one.withLimits(Integer.MAX_VALUE, 2, Long.MAX_VALUE), Fixtures.dy(2));
    assertEquals(14, chunks.events());
    RunResult entries = Fixtures.run(one.withLimits(Integer.MAX_VALUE, Long.MAX_VALUE, 45), Fixtures.dy(2));
    assertEquals(45, entries.events());
    RunResult files = Fixtures.run(one.withLimits(1, Long.MAX_VALUE, Long.MAX_VALUE), Fixtures.dy(3));
    assertEquals(40, files.events());
  }

  private static void compare(ReferenceLoop ref, KernelOutputs out, boolean mc) {
    assertArrayEquals(ref.cutflow, out.cutflowCounts(), "cutflow");
    assertArrayEquals(ref.cutflowSumw, out.cutflowSumw(), "cutflow sumw");
    assertArrayEquals(ref.counts, out.categoryCounts(), "category counts");
    for (int c = 0; c < 3; c++) {
      String cat = ReferenceLoop.CATEGORIES[c];
      for (int v = 0; v < (mc ? 3 : 1); v++) {
        String var = ReferenceLoop.VARIATIONS[v];
        String where = cat + "/" + var;
        assertEquals(ref.sumw[c][v], out.sumw(cat, var), "sumw " + where);
        assertEquals(ref.sumw2[c][v], out.sumw2()[c * out.variationCount() + v], "sumw2 " + where);
        assertArrayEquals(ref.nGood[c][v], out.hist1d("nMuonGood", cat, var).sumw(), "nMuonGood " + where);
        assertArrayEquals(ref.pt[c][v], out.hist1d("MuonGood_pt", cat, var).sumw(), "MuonGood_pt " + where);
        assertArrayEquals(ref.mll[c][v], out.hist1d("mll", cat, var).sumw(), "mll " + where);
        if (c == 0) {
          Hist2D h = out.hist2d("MuonGood_eta_phi", cat, var);
          for (int ix = 0; ix < 8; ix++) {
            for (int iy = 0; iy < 6; iy++) {
              assertEquals(ref.etaPhi[v][ix * 6 + iy], h.sumw(ix, iy), where + " eta-phi " + ix + "," + iy);
            }
          }
        }
      }
      assertArrayEquals(ref.colPt.get(c).stream().mapToDouble(Double::doubleValue).toArray(),
          out.column("MuonGood_pt", cat).toArray(), "column pt " + cat);
      assertArrayEquals(ref.colN.get(c).stream().mapToDouble(Double::doubleValue).toArray(),
          out.column("MuonGood_N", cat).toArray(), "column N " + cat);
    }
  }
}
