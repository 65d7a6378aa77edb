package org.cortado.rootio;

/**
 * Per-thread state for reading one RNTuple: the last decoded pages of each column ({@link RDecodedColumn}),
 * the scratch arrays of page reads and of entry boundaries. Reused from call to call, so steady-state
 * reading allocates nothing per entry.
 */
final class RNTupleBuffers {
  /** Per column, its decoded pages, most recently used first. */
  private final RDecodedColumn[][] columns;
  private byte[] page = new byte[0];
  private byte[] unpacked = new byte[0];
  private long[] bounds = new long[0];

  RNTupleBuffers(int columnCount) {
    columns = new RDecodedColumn[columnCount][];
  }

  /** The decoded page of column {@code id} holding element {@code j} of cluster {@code c}, or null. */
  RDecodedColumn holding(int id, int c, int j) {
    RDecodedColumn[] slots = columns[id];
    if (slots == null) {
      return null;
    }
    for (int k = 0; k < slots.length; k++) {
      if (slots[k] != null && slots[k].holds(c, j)) {
        return toFront(slots, k);
      }
    }
    return null;
  }

  /**
   * The slot to decode a page of column {@code id} into: its least recently used one. An offset column
   * keeps two pages, because every field of a collection looks up the cluster's last offset besides the
   * offsets of the entries it reads; with one page, each field decoded the offset pages again.
   */
  RDecodedColumn reuse(int id, boolean offsets) {
    RDecodedColumn[] slots = columns[id];
    if (slots == null) {
      slots = new RDecodedColumn[offsets ? 2 : 1];
      columns[id] = slots;
    }
    int last = slots.length - 1;
    if (slots[last] == null) {
      slots[last] = new RDecodedColumn();
    }
    return toFront(slots, last);
  }

  private static RDecodedColumn toFront(RDecodedColumn[] slots, int k) {
    RDecodedColumn slot = slots[k];
    if (k == 0) {
      return slot;
    }
    System.arraycopy(slots, 0, slots, 1, k);
    slots[0] = slot;
    return slot;
  }

  Decompressor decompressor() {
    return ThreadBuffers.get().decompressor;
  }

  /** Scratch for the stored bytes of a page; the size was checked against the file. */
  byte[] pageBytes(int n) {
    if (page.length < n) {
      page = new byte[n];
    }
    return page;
  }

  /** Scratch for a decompressed page; the size was checked against its compressed blocks' headers. */
  byte[] unpacked(int n) {
    if (unpacked.length < n) {
      unpacked = new byte[n];
    }
    return unpacked;
  }

  long[] bounds(int n) {
    if (bounds.length < n) {
      bounds = new long[Math.max(n, 2 * bounds.length)];
    }
    return bounds;
  }
}
