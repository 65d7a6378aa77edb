package org.cortado.runtime.calibration;

/**
 * Orders the jets of one event by pt, highest first, as {@code ak.argsort(pt, ascending=False)}:
 * a stable sort, so jets of equal pt keep their branch order. An insertion sort in place: events
 * hold a handful of jets, and it allocates nothing.
 */
final class PtOrder {
  private PtOrder() {}

  /** Fills {@code order[lo, hi)} with the indices {@code lo..hi-1} sorted by {@code pt}. */
  static void sort(double[] pt, int[] order, int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      int j = i;
      double v = pt[i];
      // Strictly greater moves ahead, so ties stay in branch order; NaN never moves ahead.
      while (j > lo && pt[order[j - 1]] < v) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
  }
}
