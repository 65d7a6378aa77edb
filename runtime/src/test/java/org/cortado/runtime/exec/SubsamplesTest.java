package org.cortado.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.exec.fixture.DiMuon_Kernel;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.kernel.KernelOutputs;
import org.junit.jupiter.api.Test;

/**
 * Subsamples on {@code nano_dy.root}: the fixture splits sample {@code DYsplit} by its leading
 * muon's pT, above 30 GeV ({@code hard}) or not ({@code soft}), which together are every event
 * that reaches the categories. So, category by category and bin by bin, the two subsamples add up
 * to the same files run as a sample that is not split.
 */
class SubsamplesTest {
  private static final ExecutionOptions ONE = ExecutionOptions.defaults().withThreads(1);

  private static Dataset as(String sample) {
    Dataset dy = Fixtures.dy(2);
    return new Dataset(dy.name(), dy.metadata().withSample(sample), dy.files());
  }

  @Test
  void theSubsamplesOfASplitSampleAddUpToTheWholeSample() {
    assertArrayEquals(new String[] {"DYsplit__hard", "DYsplit__soft"}, new DiMuon_Kernel().subsamples());
    RunResult split = Fixtures.run(ONE, as("DYsplit"));
    RunResult whole = Fixtures.run(ONE, as("DYJetsToLL"));
    assertEquals(List.of("DYJetsToLL_M-50_2018__hard", "DYJetsToLL_M-50_2018__soft"),
        split.datasets().stream().map(d -> d.dataset().name()).toList());
    assertEquals(List.of("DYsplit__hard", "DYsplit__soft"),
        split.datasets().stream().map(d -> d.dataset().sample()).toList());
    assertEquals(whole.events(), split.events(), "each event is counted once, not once per subsample");
    KernelOutputs hard = split.datasets().get(0).outputs();
    KernelOutputs soft = split.datasets().get(1).outputs();
    KernelOutputs all = whole.datasets().get(0).outputs();
    // Subsamples keep the whole dataset's cut flow and normalisation: only categories are split.
    assertArrayEquals(all.cutflowCounts(), hard.cutflowCounts());
    assertArrayEquals(all.cutflowCounts(), soft.cutflowCounts());
    assertEquals(whole.datasets().get(0).scale(), split.datasets().get(0).scale());
    List<String> categories = all.layout().categories();
    for (int c = 0; c < categories.size(); c++) {
      assertEquals(all.categoryCounts()[c], hard.categoryCounts()[c] + soft.categoryCounts()[c],
          categories.get(c));
    }
    assertTrue(hard.categoryCounts()[0] > 0 && soft.categoryCounts()[0] > 0, "both subsamples have events");
    for (String category : categories) {
      for (String variation : all.layout().variations()) {
        Hist1D a = all.hist1d("mll", category, variation);
        Hist1D o = hard.hist1d("mll", category, variation);
        Hist1D s = soft.hist1d("mll", category, variation);
        for (int b = 0; b < a.sumw().length; b++) {
          assertEquals(a.sumw()[b], o.sumw()[b] + s.sumw()[b], 1e-9 * Math.abs(a.sumw()[b]),
              category + "/" + variation + " bin " + b);
        }
      }
    }
  }
}
