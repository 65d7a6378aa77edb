package org.cortado.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;
import org.junit.jupiter.api.Test;

/** The dataset's era reaches every chunk (data jet energy corrections depend on it). */
class ChunkEraTest {

  @Test
  void chunksCarryTheDatasetEra() {
    for (int threads : new int[] {1, 2}) {
      ExecutionOptions options = ExecutionOptions.defaults().withThreads(threads);
      assertEquals("A", Fixtures.data().metadata().era());
      RunResult data = new AnalysisRun(new EraKernel("A"), Fixtures.params(), options,
          Progress.quiet()).run(List.of(Fixtures.data()));
      assertEquals(data.events(), data.datasets().get(0).outputs().cutflowCounts()[0]);
      Dataset mc = Fixtures.dy(1);
      RunResult sim = new AnalysisRun(new EraKernel(""), Fixtures.params(), options,
          Progress.quiet()).run(List.of(mc));
      assertEquals(40, sim.datasets().get(0).outputs().cutflowCounts()[0]);
    }
  }

  /** Counts the events of chunks whose era is the expected one. */
  private static final class EraKernel implements ChunkKernel {
    private static final KernelLayout LAYOUT = new KernelLayout("era", List.of("initial"),
        List.of("baseline"), List.of("nominal"), List.of(), List.of());
    private final String era;

    EraKernel(String era) {
      this.era = era;
    }

    @Override
    public String name() {
      return "era";
    }

    @Override
    public String[] branches(boolean isMC, String year) {
      return new String[] {"Muon_pt"};
    }

    @Override
    public String[] counters(boolean isMC, String year) {
      return new String[] {"nMuon"};
    }

    @Override
    public KernelLayout layout() {
      return LAYOUT;
    }

    @Override
    public void process(ColumnChunk chunk, KernelOutputs out) {
      if (chunk.era().equals(era)) {
        out.cutflowCounts()[0] += chunk.size();
      }
    }
  }
}
