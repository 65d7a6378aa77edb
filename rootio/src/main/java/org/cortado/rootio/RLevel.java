package org.cortado.rootio;

/**
 * One step from an RNTuple entry down to a field's values: a fixed-size array of {@code repeat} items
 * ({@code std::array}, {@code std::bitset}), or a collection whose offsets are in {@code columns} (one
 * column id per representation).
 */
record RLevel(long repeat, int[][] columns) {
  static RLevel array(long repeat) {
    return new RLevel(repeat, null);
  }

  static RLevel collection(int[][] columns) {
    return new RLevel(0, columns);
  }

  boolean isCollection() {
    return columns != null;
  }
}
