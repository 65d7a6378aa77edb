package org.cortado.runtime.calibration;

/**
 * The per-jet and per-event arrays of a calibrator, reused from chunk to chunk on one thread. A
 * run binds a calibrator for every chunk; allocating its arrays each time would cost about 100
 * bytes per event, so each factory keeps one set per thread, grown when a chunk needs more. A
 * calibrator's arrays therefore stay valid until its factory binds the next chunk on the same
 * thread, which in a run is after the previous chunk is done.
 */
final class Scratch {
  private final double[][][] doubles = new double[4][][];
  private final int[][][] ints = new int[1][][];

  /** Set {@code set}: exactly {@code rows} arrays of at least {@code length} doubles, stale. */
  double[][] doubles(int set, int rows, int length) {
    doubles[set] = fit(doubles[set], rows, length);
    return doubles[set];
  }

  /** Set {@code set}: exactly {@code rows} arrays of at least {@code length} ints, stale. */
  int[][] ints(int set, int rows, int length) {
    if (ints[set] == null || ints[set].length != rows || ints[set][0].length < length) {
      ints[set] = new int[rows][grown(length)];
    }
    return ints[set];
  }

  private static double[][] fit(double[][] arrays, int rows, int length) {
    if (arrays == null || arrays.length != rows || arrays[0].length < length) {
      return new double[rows][grown(length)];
    }
    return arrays;
  }

  /** Room for a little more than asked, so chunks of slightly varying size reuse one set. */
  private static int grown(int length) {
    return Math.max(1, length + (length >> 3));
  }
}
