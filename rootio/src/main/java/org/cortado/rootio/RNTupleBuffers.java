package org.cortado.rootio;

/**
 * Per-thread state for reading one RNTuple: the decoded cluster of each column ({@link RDecodedColumn}),
 * the scratch arrays of page reads and of entry boundaries. Reused from call to call, so steady-state
 * reading allocates nothing per entry.
 */
final class RNTupleBuffers {
  private final RDecodedColumn[] columns;
  private byte[] page = new byte[0];
  private byte[] unpacked = new byte[0];
  private long[] bounds = new long[0];

  RNTupleBuffers(int columnCount) {
    columns = new RDecodedColumn[columnCount];
  }

  RDecodedColumn column(int id) {
    RDecodedColumn c = columns[id];
    if (c == null) {
      c = new RDecodedColumn();
      columns[id] = c;
    }
    return c;
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
