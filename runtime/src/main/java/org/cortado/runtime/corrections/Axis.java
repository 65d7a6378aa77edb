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
  /**
   * Below this many bins a binary search takes four steps or fewer and beats the guess of
   * {@link #locate}: on the muon scale factors' 4 and 7 bins the guess made a lookup 1.5 times
   * slower.
   */
  private static final int MIN_GUESSED_BINS = 16;

  /** Edges of a non-uniform axis; {@code null} for a uniform one. */
  private final double[] edges;
  private final int n;
  private final double low;
  private final double high;
  /** Bins per unit of the value, which guesses a value's bin on explicit edges (see {@link #locate}). */
  private final double perUnit;
  /** Whether explicit edges are many and even enough for the guess to beat a binary search. */
  private final boolean guessed;

  private Axis(double[] edges, int n, double low, double high) {
    this.edges = edges;
    this.n = n;
    this.low = low;
    this.high = high;
    this.perUnit = n / (high - low);
    this.guessed = edges != null && n >= MIN_GUESSED_BINS && even(edges);
  }

  /** True if every edge lies within a quarter of the narrowest bin of where even spacing puts it. */
  private static boolean even(double[] edges) {
    int n = edges.length - 1;
    double low = edges[0];
    double width = (edges[n] - low) / n;
    double narrowest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      narrowest = Math.min(narrowest, edges[i + 1] - edges[i]);
    }
    for (int i = 0; i <= n; i++) {
      if (!(Math.abs(edges[i] - (low + i * width)) <= 0.25 * narrowest)) {
        return false;
      }
    }
    return true;
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
    if (!guessed) {
      return search(v);
    }
    if (!(v >= low)) {
      return v < low ? UNDERFLOW : OVERFLOW; // NaN: upper_bound runs to the end
    }
    if (v >= high) {
      return OVERFLOW;
    }
    // Many even edges (pile-up weights in steps of one interaction): guess the bin as if they were
    // exactly even, and keep the guess, or its neighbour, only if the edges confirm it. That is the
    // bin upper_bound finds, the last edge not above v; a lookup that misses by more takes the
    // binary search. Two predictable comparisons instead of log2(n) unpredictable ones, in every
    // event's weights.
    int k = Math.min(Math.max((int) ((v - low) * perUnit), 0), n - 1);
    if (v < edges[k]) {
      k--;
    } else if (v >= edges[k + 1]) {
      k++;
    }
    if (k >= 0 && k < n && edges[k] <= v && v < edges[k + 1]) {
      return k;
    }
    return search(v);
  }

  /** The bin of {@code v} by upper_bound, the first edge above it. */
  private int search(double v) {
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
