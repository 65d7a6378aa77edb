package org.cortado.rootio;

import java.util.Arrays;

/**
 * The pages of one column in one cluster (BinaryFormatSpecification §Page Locations): page {@code p} holds
 * the cluster's elements {@code [starts[p], starts[p + 1])} of the column and is stored at
 * {@code seeks[p]} in {@code bytes[p]} bytes, followed by its XXH3 checksum if {@code checksummed[p]}.
 * {@code elementOffset} is the column's first element index
 * in the cluster; a suppressed column (a secondary representation, inactive in this cluster) has no pages.
 */
record RPageRange(long elementOffset, boolean suppressed, int compression, int[] starts, long[] seeks, int[] bytes,
    boolean[] checksummed) {
  static final RPageRange ABSENT = new RPageRange(0, false, 0, new int[1], new long[0], new int[0], new boolean[0]);

  /** The number of elements stored in this cluster; fits an int, checked when the page list was read. */
  int elements() {
    return starts[starts.length - 1];
  }

  /** The page holding element {@code j} ({@code 0 <= j < elements()}). */
  int pageOf(int j) {
    int i = Arrays.binarySearch(starts, j);
    int p = i >= 0 ? i : -i - 2;
    while (starts[p + 1] <= j) {
      p++; // skip empty pages that share their start
    }
    return p;
  }
}
