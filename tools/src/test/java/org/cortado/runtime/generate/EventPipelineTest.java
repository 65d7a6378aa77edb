package org.cortado.runtime.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventPipelineTest {
  /** Generating on another thread changes nothing: the events come out as a plain loop draws them. */
  @Test
  void eventsArriveInOrderAndEqualToAPlainLoop() throws InterruptedException {
    EventGenerator direct = new EventGenerator(Sample.TTBAR, 17);
    Event expected = new Event();
    try (EventPipeline pipeline = new EventPipeline(new EventGenerator(Sample.TTBAR, 17)::next, 1000)) {
      for (long i = 0; i < 1000; i++) {
        direct.next(expected, i);
        Event actual = pipeline.next();
        assertEquals(expected.event, actual.event);
        assertEquals(expected.jets.n, actual.jets.n);
        assertArrayEquals(Arrays.copyOf(expected.jets.pt, expected.jets.n), Arrays.copyOf(actual.jets.pt, actual.jets.n));
        assertArrayEquals(Arrays.copyOf(expected.jets.rawFactor, expected.jets.n),
            Arrays.copyOf(actual.jets.rawFactor, actual.jets.n));
        assertEquals(expected.rawMetPt, actual.rawMetPt);
      }
    }
  }

  @Test
  void aGenerationFailureReachesTheCaller() {
    IllegalArgumentException cause = new IllegalArgumentException("broken generator");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
      try (EventPipeline pipeline = new EventPipeline((event, index) -> {
        if (index == 300) {
          throw cause;
        }
      }, 1000)) {
        for (int i = 0; i < 1000; i++) {
          pipeline.next();
        }
      }
    });
    assertSame(cause, e.getCause());
  }

  /** A caller that stops early, because writing failed, does not leave the generating thread blocked. */
  @Test
  void closingEarlyStopsTheGeneratingThread() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try (EventPipeline pipeline = new EventPipeline(new EventGenerator(Sample.DY, 3)::next, 1_000_000)) {
        pipeline.next();
      }
    });
  }
}
