package org.cortado.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkingTest {
  private static final long[] CLUSTERS = {0, 100, 200, 250, 1000};

  @Test
  void partitionsGroupClustersAndCutLongOnes() {
    assertEquals(List.of(new Span(0, 250), new Span(250, 550), new Span(550, 850),
        new Span(850, 1000)), Chunking.partitions(CLUSTERS, 300));
    assertEquals(List.of(new Span(0, 1000)), Chunking.partitions(CLUSTERS, 5000));
    assertEquals(List.of(new Span(0, 40)), Chunking.partitions(new long[] {0, 40}, 200));
  }

  @Test
  void chunksEndOnClusterBoundariesWithinReach() {
    assertEquals(List.of(new Span(0, 100), new Span(100, 250), new Span(250, 400), new Span(400, 550),
        new Span(550, 700), new Span(700, 850), new Span(850, 1000)),
        Chunking.chunks(new Span(0, 1000), CLUSTERS, 150));
    assertEquals(List.of(new Span(0, 7), new Span(7, 10)), Chunking.chunks(new Span(0, 10), new long[] {0, 40}, 7));
    assertEquals(List.of(new Span(0, 250), new Span(250, 500)), Chunking.chunks(new Span(0, 500), CLUSTERS, 300));
  }
}
