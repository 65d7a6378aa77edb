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

  /**
   * Edges the lookup's guess fits (evenly spaced, as pile-up and |eta| binnings are), nearly fits,
   * and does not fit (spans of six orders of magnitude, repeated edges), with every edge, its
   * neighbouring doubles and random values.
   */
  @Test
  void evenAndUnevenEdgesGiveTheReferenceBin() {
    Random random = new Random(11);
    double[][] families = {
        range(0, 100, 1), range(-2.5, 2.5, 0.1), range(0, 2.4, 0.3), jittered(40, 0.05, random),
        jittered(40, 0.4, random),
        {15, 20, 25, 30, 40, 50, 60, 120}, {0, 1e-3, 1, 10, 1000, 1e6}, {0, 0, 1, 2, 2, 2, 3}, {-1, 1}};
    for (double[] edges : families) {
      Axis axis = Axis.ofEdges(edges);
      double span = edges[edges.length - 1] - edges[0];
      for (double e : edges) {
        for (double v : new double[] {Math.nextDown(e), e, Math.nextUp(e)}) {
          assertEquals(reference(edges, v), axis.locate(v), java.util.Arrays.toString(edges) + ", value " + v);
        }
      }
      for (int k = 0; k < 20_000; k++) {
        double v = edges[0] - 0.1 * span + random.nextDouble() * 1.2 * span;
        assertEquals(reference(edges, v), axis.locate(v), java.util.Arrays.toString(edges) + ", value " + v);
      }
    }
  }

  /** Edges 0 to {@code n}, each moved by up to {@code by}. */
  private static double[] jittered(int n, double by, Random random) {
    double[] edges = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      edges[i] = i + (random.nextDouble() * 2 - 1) * by;
    }
    return edges;
  }

  /** Edges from {@code low} by {@code step} up to {@code high}, each computed as correctionlib files write them. */
  private static double[] range(double low, double high, double step) {
    int n = (int) Math.round((high - low) / step);
    double[] edges = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      edges[i] = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6f", low + i * step));
    }
    return edges;
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
