package org.cortado.runtime.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bins of explicit edges agree with correctionlib's std::upper_bound, NaN and infinities included. */
class AxisTest {
  @Test
  void everyValueFallsInTheReferenceBin() {
    Random random = new Random(7);
    for (int edgesCount : new int[] {2, 3, 8, 25, 200}) {
      double[] edges = new double[edgesCount];
      edges[0] = -random.nextDouble() * 10;
      for (int i = 1; i < edgesCount; i++) {
        edges[i] = edges[i - 1] + 0.01 + random.nextDouble();
      }
      Axis axis = Axis.ofEdges(edges);
      for (int k = 0; k < 20_000; k++) {
        double v = k < edgesCount ? edges[k] // every edge itself belongs to the bin above it
            : edges[0] - 1 + random.nextDouble() * (edges[edgesCount - 1] - edges[0] + 2);
        assertEquals(reference(edges, v), axis.locate(v), edgesCount + " edges, value " + v);
      }
      for (double v : new double[] {Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -0.0}) {
        assertEquals(reference(edges, v), axis.locate(v), edgesCount + " edges, value " + v);
      }
    }
  }

  /** correctionlib's lookup: std::upper_bound, the first edge greater than v. */
  private static int reference(double[] edges, double v) {
    int upper = edges.length;
    for (int i = 0; i < edges.length; i++) {
      if (v < edges[i]) {
        upper = i;
        break;
      }
    }
    if (upper == 0) {
      return Axis.UNDERFLOW;
    }
    return upper == edges.length ? Axis.OVERFLOW : upper - 1;
  }
}
