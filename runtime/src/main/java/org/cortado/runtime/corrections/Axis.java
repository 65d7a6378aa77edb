package org.cortado.runtime.corrections;

import java.util.Arrays;

/**
 * One binned axis: explicit edges or a uniform {@code {n, low, high}} binning. Bins are
 * {@code [low, high)}: a value equal to the last edge is overflow. NaN compares false with
 * everything, so on explicit edges it is overflow ({@code std::upper_bound} runs to the end) and on
 * a uniform axis it passes the range test and lands in bin 0, both as in the reference.
 */
final class Axis {
  static final int UNDERFLOW = -1;
  static final int OVERFLOW = -2;

  /** Edges of a non-uniform axis; {@code null} for a uniform one. */
  private final double[] edges;
  private final int n;
  private final double low;
  private final double high;

  private Axis(double[] edges, int n, double low, double high) {
    this.edges = edges;
    this.n = n;
    this.low = low;
    this.high = high;
  }

  static Axis ofEdges(double[] edges) {
    return new Axis(edges.clone(), edges.length - 1, edges[0], edges[edges.length - 1]);
  }

  static Axis uniform(int n, double low, double high) {
    return new Axis(null, n, low, high);
  }

  int bins() {
    return n;
  }

  /** Whether {@code o} has the same bins, so that every value falls in the same bin of both. */
  boolean sameBins(Axis o) {
    return n == o.n && Double.compare(low, o.low) == 0 && Double.compare(high, o.high) == 0
        && Arrays.equals(edges, o.edges);
  }

  /** Whether {@code a} and {@code b} have the same bins, axis by axis. */
  static boolean sameBins(Axis[] a, Axis[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int d = 0; d < a.length; d++) {
      if (!a[d].sameBins(b[d])) {
        return false;
      }
    }
    return true;
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }

  /** The bin holding {@code v}, or {@link #UNDERFLOW} / {@link #OVERFLOW}. */
  int locate(double v) {
    if (edges == null) {
      if (v < low) {
        return UNDERFLOW;
      }
      if (v >= high) {
        return OVERFLOW;
      }
      // NaN passes both tests and lands in bin 0, as the reference's cast of NaN does on x86-64.
      // n * norm can round up to n just below high (correctionlib#356): that is the last bin,
      // where the reference reads a hidden 0.0 slot.
      return Math.min((int) (n * ((v - low) / (high - low))), n - 1);
    }
    // upper_bound: the first edge strictly greater than v.
    int lo = 0;
    int hi = edges.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (v < edges[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    if (lo == 0) {
      return UNDERFLOW;
    }
    return lo == edges.length ? OVERFLOW : lo - 1;
  }

  /**
   * The bin of {@code v} on a circular axis. Like the reference, every value (in range or not) is
   * folded through {@code norm - floor(norm)}, so results agree to the bit; a fold that rounds
   * onto the upper edge lands in the last bin instead of failing. NaN and infinities fold to NaN:
   * bin 0 on a uniform axis, {@link #OVERFLOW} on explicit edges (where the reference fails).
   */
  int wrap(double v) {
    double norm = (v - low) / (high - low);
    norm -= Math.floor(norm);
    if (edges == null) {
      return Math.min((int) (n * norm), n - 1);
    }
    if (Double.isNaN(norm)) {
      return OVERFLOW;
    }
    int bin = locate(low + norm * (high - low));
    return bin == OVERFLOW ? n - 1 : bin;
  }
}
