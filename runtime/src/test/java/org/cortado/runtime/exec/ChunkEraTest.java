package org.cortado.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cortado.runtime.dataset.Dataset;
import org.junit.jupiter.api.Test;

/** The dataset's era reaches every chunk (data jet energy corrections depend on it). */
class ChunkEraTest {

  @Test
  void chunksCarryTheDatasetEra() {
    for (int threads : new int[] {1, 2}) {
      ExecutionOptions options = ExecutionOptions.defaults().withThreads(threads);
      assertEquals("A", Fixtures.data().metadata().era());
      RunResult data = new AnalysisRun(eraKernel("A"), Fixtures.params(), options,
          Progress.quiet()).run(List.of(Fixtures.data()));
      assertEquals(data.events(), data.datasets().get(0).outputs().cutflowCounts()[0]);
      Dataset mc = Fixtures.dy(1);
      RunResult sim = new AnalysisRun(eraKernel(""), Fixtures.params(), options,
          Progress.quiet()).run(List.of(mc));
      assertEquals(40, sim.datasets().get(0).outputs().cutflowCounts()[0]);
    }
  }

  /** Counts the events of chunks whose era is {@code era}. */
  private static MuonPtKernel eraKernel(String era) {
    return new MuonPtKernel("era", c -> c.era().equals(era) ? c.size() : 0);
  }
}
