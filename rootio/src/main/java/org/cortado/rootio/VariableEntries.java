package org.cortado.rootio;

import java.io.IOException;

/**
 * Reads branches whose entries vary in size and carry their own length, found through the entry
 * offsets of each basket rather than through a counter branch: {@code std::vector<T>} and
 * {@code RVec<T>} (a 10-byte header before the elements of each entry, checked against the entry's
 * size), C arrays of split objects, and strings. Each basket is decoded once per thread for its
 * counts, offsets and values (see {@link Branch#loadEntries}).
 */
final class VariableEntries {
  private static final long BYTE_COUNT_MASK = 0x40000000L;
  /** A std::vector's or RVec's byte count, version and length, checked against each entry. */
  private static final int VECTOR_HEADER = 10;

  private VariableEntries() {}

  static long countElements(Branch branch, long start, long stop) throws IOException {
    long total = 0;
    for (Span s = Span.first(branch, start, stop); s != null; s = s.next(stop)) {
      for (int i = s.from; i < s.to; i++) {
        total += elements(branch, s, i);
      }
    }
    return total;
  }

  static void readOffsets(Branch branch, long start, long stop, int[] offsets) throws IOException {
    long running = 0;
    int k = 0;
    offsets[0] = 0;
    for (Span s = Span.first(branch, start, stop); s != null; s = s.next(stop)) {
      for (int i = s.from; i < s.to; i++) {
        running += elements(branch, s, i);
        if (running > Integer.MAX_VALUE) {
          throw new RootFormatException(branch.describe() + ": more than 2^31 elements in entries [" + start
              + ", " + stop + ")");
        }
        offsets[++k] = (int) running;
      }
    }
  }

  /** Reads the values of {@code [start, stop)}, and their offsets into {@code offsets} unless it is null. */
  static int read(Branch branch, long start, long stop, Object dst, Decode.Target target, int[] offsets)
      throws IOException {
    int capacity = java.lang.reflect.Array.getLength(dst);
    int header = ((EntryLayout.Elements) branch.layout()).headerBytes();
    int written = 0;
    int k = 0;
    if (offsets != null) {
      offsets[0] = 0;
    }
    for (Span s = Span.first(branch, start, stop); s != null; s = s.next(stop)) {
      int[] starts = s.entries.starts();
      for (int i = s.from; i < s.to; i++) {
        int n = elements(branch, s, i);
        if (n > capacity - written) {
          throw new IllegalArgumentException(branch.describe() + ": destination of " + capacity
              + " elements is too small for entries [" + start + ", " + stop + ")");
        }
        int at = starts[i] + (starts[i + 1] > starts[i] ? header : 0);
        branch.decode(s.entries.data(), at, n, dst, written, target);
        written += n;
        if (offsets != null) {
          offsets[++k] = written;
        }
      }
    }
    return written;
  }

  /** The strings of entries {@code [start, stop)}: a length (1 or 5 bytes) and characters after the header. */
  static Strings readStrings(Branch branch, long start, long stop) throws IOException {
    EntryLayout.Strings layout = (EntryLayout.Strings) branch.layout();
    int header = layout.headerBytes();
    int n = (int) (stop - start);
    int[] offsets = new int[n + 1];
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int k = 0;
    for (Span s = Span.first(branch, start, stop); s != null; s = s.next(stop)) {
      byte[] data = s.entries.data();
      int[] starts = s.entries.starts();
      for (int i = s.from; i < s.to; i++) {
        int from = starts[i];
        int to = starts[i + 1];
        if (to > from) {
          ByteReader r = new ByteReader(data, from, to, 0, s.where(i));
          r.skip(header);
          int length = layout.fourByteLength() ? r.i4() : r.u1();
          if (length == 255 && !layout.fourByteLength()) {
            length = r.i4();
          }
          if (length != r.remaining()) {
            throw new RootFormatException(s.where(i) + ": a string of " + length + " bytes in an entry of "
                + (to - from) + " bytes");
          }
          bytes.write(data, r.position(), length);
        }
        offsets[++k] = bytes.size();
      }
    }
    return new Strings(offsets, bytes.toByteArray());
  }

  /** The element count of entry {@code i} of a span's basket, after checking its header against its size. */
  private static int elements(Branch branch, Span s, int i) throws RootFormatException {
    int[] starts = s.entries.starts();
    int bytes = starts[i + 1] - starts[i];
    if (bytes == 0) {
      return 0;
    }
    int header = ((EntryLayout.Elements) branch.layout()).headerBytes();
    int size = branch.elementBytes();
    int payload = bytes - header;
    if (payload < 0 || payload % size != 0) {
      throw new RootFormatException(s.where(i) + ": " + bytes + " bytes are not a " + header + "-byte header and "
          + branch.type().rootName() + " elements");
    }
    int n = payload / size;
    if (header == VECTOR_HEADER) {
      byte[] d = s.entries.data();
      long word = ByteReader.getInt(d, starts[i]) & 0xFFFFFFFFL;
      int length = ByteReader.getInt(d, starts[i] + 6);
      if ((word & BYTE_COUNT_MASK) == 0 || (word & ~BYTE_COUNT_MASK) != bytes - 4 || length != n) {
        throw new RootFormatException(s.where(i) + ": its header claims " + length + " elements in "
            + (word & ~BYTE_COUNT_MASK) + " bytes, the entry holds " + n + " in " + (bytes - 4));
      }
    }
    return n;
  }

  /** The entries {@code [from, to)} of one basket that fall in the range being read. */
  private static final class Span {
    private final Branch branch;
    private final int basket;
    private final long basketStart;
    private final EntryStarts entries;
    private final int from;
    private final int to;

    private Span(Branch branch, int basket, long basketStart, EntryStarts entries, int from, int to) {
      this.branch = branch;
      this.basket = basket;
      this.basketStart = basketStart;
      this.entries = entries;
      this.from = from;
      this.to = to;
    }

    /** The first non-empty span of {@code [start, stop)}, or null if the range is empty. */
    static Span first(Branch branch, long start, long stop) throws IOException {
      return start >= stop ? null : from(branch, branch.basketContaining(start), start, stop);
    }

    private static Span from(Branch branch, int first, long start, long stop) throws IOException {
      for (int b = first; b < branch.basketCount() && branch.basketStart(b) < stop; b++) {
        long b0 = branch.basketStart(b);
        long lo = Math.max(start, b0);
        long hi = Math.min(stop, branch.basketStart(b + 1));
        if (hi > lo) {
          return new Span(branch, b, b0, branch.loadEntries(b), (int) (lo - b0), (int) (hi - b0));
        }
      }
      return null;
    }

    Span next(long stop) throws IOException {
      return from(branch, basket + 1, basketStart + to, stop);
    }

    String where(int i) {
      return branch.basketWhere(basket) + ", entry " + (basketStart + i);
    }
  }
}
