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
}
