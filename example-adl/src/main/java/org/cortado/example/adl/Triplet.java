package org.cortado.example.adl;

/**
 * Up to three object indices in one {@code int}, ten bits each, so that a derived column can name
 * the objects a search chose (collections hold far fewer than 1024 objects an event).
 */
final class Triplet {
  private static final int BITS = 10;
  private static final int MASK = (1 << BITS) - 1;

  private Triplet() {}

  static int of(int i, int j, int k) {
    if ((i | j | k) >>> BITS != 0) {
      throw new IllegalArgumentException("object index beyond " + MASK + ": " + i + ", " + j + ", " + k);
    }
    return i | j << BITS | k << 2 * BITS;
  }

  static int first(int t) {
    return t & MASK;
  }

  static int second(int t) {
    return t >>> BITS & MASK;
  }

  static int third(int t) {
    return t >>> 2 * BITS & MASK;
  }
}
