package org.cortado.rootio;

import java.io.IOException;

/**
 * A column of per-entry values that reads an entry range into a caller's primitive arrays, whether it is
 * a TTree {@link Branch} or an RNTuple {@link RNTupleField}: the runtime and the tools read both alike.
 * For entries {@code [start, stop)}, {@link #countElements} says how many values the {@code read*}
 * methods write and {@link #readOffsets} where each entry's values start.
 */
public interface EventColumn {
  String name();

  /** The ROOT or C++ type name, for display. */
  String typeName();

  /** The element type, or null for a column that cannot be read. */
  LeafType type();

  /** True if entries hold varying numbers of values. */
  boolean isJagged();

  /**
   * The column holding each entry's number of values of this jagged column ({@code nMuon} for
   * {@code Muon_pt}), or null if none does.
   */
  EventColumn counter();

  /** Values per entry of a column that is not jagged (more than 1 for fixed-size arrays). */
  int elementsPerEntry();

  long entries();

  /**
   * The entries where this column's storage units (TTree baskets, RNTuple clusters) begin, 0 first and the
   * entry count last: reads aligned on them decode each unit once.
   */
  long[] clusterBoundaries();

  /** Why the column cannot be read, or null if it can. */
  String unsupportedReason();

  long countElements(long start, long stop) throws IOException;

  void readOffsets(long start, long stop, int[] offsets) throws IOException;

  int readFloats(long start, long stop, float[] dst) throws IOException;

  int readDoubles(long start, long stop, double[] dst) throws IOException;

  int readInts(long start, long stop, int[] dst) throws IOException;

  int readLongs(long start, long stop, long[] dst) throws IOException;

  int readShorts(long start, long stop, short[] dst) throws IOException;

  int readBytes(long start, long stop, byte[] dst) throws IOException;

  int readBooleans(long start, long stop, boolean[] dst) throws IOException;

  Strings readStrings(long start, long stop) throws IOException;

  /**
   * True if a jagged column's entries carry their own sizes ({@code std::vector}, {@code RVec}, an
   * RNTuple collection) rather than being counted by another column such as {@code nMuon}.
   */
  default boolean sizedByItself() {
    return isJagged() && counter() == null;
  }

  /**
   * At least as many values as {@code read*} writes for the entries {@code [start, stop)}, cheap to find:
   * enough to size the array for {@link #readWithOffsets}. The exact count unless a column knows better.
   */
  default long elementBound(long start, long stop) throws IOException {
    return countElements(start, stop);
  }

  /**
   * Reads the values of entries {@code [start, stop)} into {@code dst}, an array of a primitive type the
   * column can be read into, and their {@code stop - start + 1} offsets into {@code offsets}, as
   * {@link #readOffsets} gives them; a column may do both in one pass.
   *
   * @return the number of values written
   */
  default int readWithOffsets(long start, long stop, Object dst, int[] offsets) throws IOException {
    readOffsets(start, stop, offsets);
    if (dst instanceof float[] f) {
      return readFloats(start, stop, f);
    } else if (dst instanceof double[] d) {
      return readDoubles(start, stop, d);
    } else if (dst instanceof int[] i) {
      return readInts(start, stop, i);
    } else if (dst instanceof long[] l) {
      return readLongs(start, stop, l);
    } else if (dst instanceof short[] h) {
      return readShorts(start, stop, h);
    } else if (dst instanceof byte[] b) {
      return readBytes(start, stop, b);
    } else if (dst instanceof boolean[] z) {
      return readBooleans(start, stop, z);
    }
    throw new IllegalArgumentException(name() + ": cannot read values into a "
        + (dst == null ? "null" : dst.getClass().getSimpleName()));
  }
}
