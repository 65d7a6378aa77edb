package org.cortado.rootio;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * One readable field of an {@link RNTuple}: numbers, booleans or strings, at any depth of records,
 * collections ({@code std::vector}, {@code RVec}) and fixed-size arrays, named by its dotted path
 * ({@code "four_v_LVs.pt"}). It reads like a TTree {@link Branch}: for an entry range,
 * {@link #countElements}, {@link #readOffsets} (the values of each entry, all nesting flattened) and the
 * {@code read*} methods that fill a caller's primitive array. Reads go cluster by cluster; each thread
 * decodes a column's pages of one cluster once and reuses them for further ranges of that cluster.
 */
public final class RNTupleField implements EventColumn {
  /** What a field reads: values of its own column, strings (offsets plus characters), or collection sizes. */
  enum Kind { VALUES, STRINGS, CARDINALITY }

  private final RNTuple ntuple;
  private final String name;
  private final String typeName;
  private final LeafType type;
  private final Kind kind;
  private final RLevel[] levels;
  /** Per representation, the field's own columns: one, or a string's offsets and characters. */
  private final int[][] columns;
  private final String unsupported;

  RNTupleField(RNTuple ntuple, String name, String typeName, LeafType type, Kind kind, List<RLevel> levels,
      int[][] columns, String unsupported) {
    this.ntuple = ntuple;
    this.name = name;
    this.typeName = typeName;
    this.type = type;
    this.kind = kind;
    this.levels = levels.toArray(new RLevel[0]);
    this.columns = columns;
    this.unsupported = unsupported;
  }

  @Override
  public String name() {
    return name;
  }

  /** The C++ type of the named field, e.g. {@code ROOT::VecOps::RVec<float>} or {@code std::int32_t}. */
  @Override
  public String typeName() {
    return typeName;
  }

  /** The element type read, or null for an unsupported field. */
  @Override
  public LeafType type() {
    return type;
  }

  /** True if entries hold varying numbers of values (the field is inside a collection). */
  @Override
  public boolean isJagged() {
    for (RLevel level : levels) {
      if (level.isCollection()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The top-level collection size ({@code ROOT::RNTupleCardinality}, as RNTupleImporter writes {@code nMuon})
   * of the one collection this field is in, which counts its values per entry like a TTree counter
   * branch; null if there is none, or if the field is nested deeper.
   */
  @Override
  public RNTupleField counter() {
    if (levels.length != 1 || !levels[0].isCollection()) {
      return null;
    }
    for (RNTupleField f : ntuple.fields()) {
      if (f.kind == Kind.CARDINALITY && f.levels.length == 0 && Arrays.deepEquals(f.columns, levels[0].columns())) {
        return f;
      }
    }
    return null;
  }

  /** Values per entry of a field that is not jagged: the product of its fixed-size array lengths. */
  @Override
  public int elementsPerEntry() {
    long n = 1;
    for (RLevel level : levels) {
      n *= level.isCollection() ? 1 : level.repeat();
    }
    return (int) Math.min(n, Integer.MAX_VALUE);
  }

  @Override
  public long[] clusterBoundaries() {
    return ntuple.clusterBoundaries();
  }

  @Override
  public long entries() {
    return ntuple.entries();
  }

  /** Why this field cannot be read, or null if it can. */
  @Override
  public String unsupportedReason() {
    return unsupported;
  }

  String describe() {
    return ntuple.describe() + ", field '" + name + "' (" + typeName + ")";
  }

  /** The number of values {@code read*} writes for entries {@code [start, stop)} (strings for a string field). */
  @Override
  public long countElements(long start, long stop) throws IOException {
    checkReadable(start, stop);
    RNTupleBuffers buf = ntuple.buffers();
    long total = 0;
    for (int c = ntuple.clusterOf(start); c < ntuple.clusterCount() && ntuple.clusterStart(c) < stop; c++) {
      long[] bounds = clusterBounds(c, start, stop, 1, buf);
      descend(c, bounds, 1, buf);
      total += bounds[1] - bounds[0];
    }
    return total;
  }

  /**
   * Writes {@code stop - start + 1} offsets: entry {@code start + i} holds values
   * {@code [offsets[i], offsets[i + 1])} of what {@code read*} returns for the same range.
   */
  @Override
  public void readOffsets(long start, long stop, int[] offsets) throws IOException {
    checkReadable(start, stop);
    int n = (int) (stop - start);
    if (offsets.length < n + 1) {
      throw new IllegalArgumentException(describe() + ": offsets array of " + offsets.length + " cannot hold "
          + (n + 1) + " offsets");
    }
    RNTupleBuffers buf = ntuple.buffers();
    long running = 0;
    int written = 0;
    offsets[0] = 0;
    for (int c = ntuple.clusterOf(start); c < ntuple.clusterCount() && ntuple.clusterStart(c) < stop; c++) {
      long a = Math.max(start, ntuple.clusterStart(c));
      long b = Math.min(stop, ntuple.clusterStart(c + 1));
      int m = (int) (b - a);
      long[] bounds = clusterBounds(c, a, b, m, buf);
      descend(c, bounds, m, buf);
      for (int i = 1; i <= m; i++) {
        long v = running + bounds[i] - bounds[0];
        if (v > Integer.MAX_VALUE) {
          throw new RootFormatException(describe() + ": more than 2^31 values in entries [" + start + ", " + stop + ")");
        }
        offsets[written + i] = (int) v;
      }
      running += bounds[m] - bounds[0];
      written += m;
    }
  }

  @Override
  public int readFloats(long start, long stop, float[] dst) throws IOException {
    return read(start, stop, dst, dst.length, Decode.Target.FLOAT);
  }

  @Override
  public int readDoubles(long start, long stop, double[] dst) throws IOException {
    return read(start, stop, dst, dst.length, Decode.Target.DOUBLE);
  }

  @Override
  public int readInts(long start, long stop, int[] dst) throws IOException {
    return read(start, stop, dst, dst.length, Decode.Target.INT);
  }

  @Override
  public int readLongs(long start, long stop, long[] dst) throws IOException {
    return read(start, stop, dst, dst.length, Decode.Target.LONG);
  }

  @Override
  public int readShorts(long start, long stop, short[] dst) throws IOException {
    return read(start, stop, dst, dst.length, Decode.Target.SHORT);
  }

  @Override
  public int readBytes(long start, long stop, byte[] dst) throws IOException {
    return read(start, stop, dst, dst.length, Decode.Target.BYTE);
  }

  @Override
  public int readBooleans(long start, long stop, boolean[] dst) throws IOException {
    return read(start, stop, dst, dst.length, Decode.Target.BOOLEAN);
  }

  /** Reads the strings of entries {@code [start, stop)}, one per value ({@link #readOffsets} counts them per entry). */
  @Override
  public Strings readStrings(long start, long stop) throws IOException {
    checkReadable(start, stop);
    if (kind != Kind.STRINGS) {
      throw new RootFormatException(describe() + ": holds " + type + ", not strings");
    }
    RNTupleBuffers buf = ntuple.buffers();
    int[] offsets = new int[16];
    byte[] bytes = new byte[64];
    int strings = 0;
    for (int c = ntuple.clusterOf(start); c < ntuple.clusterCount() && ntuple.clusterStart(c) < stop; c++) {
      long[] bounds = clusterBounds(c, start, stop, 1, buf);
      long expected = descend(c, bounds, 1, buf);
      int off = columnId(c, columns, 0);
      long pad = padding(c, off, expected);
      int chars = columnId(c, columns, 1);
      long charPad = padding(c, chars, start(c, off, pad, expected, buf));
      for (long x = bounds[0]; x < bounds[1]; x++) {
        long from = start(c, off, pad, x, buf);
        long to = start(c, off, pad, x + 1, buf);
        int used = offsets[strings];
        if (to < from || used + (to - from) > Integer.MAX_VALUE - 64) {
          throw new RootFormatException(describe() + ": string " + x + " of cluster " + c + " spans characters ["
              + from + ", " + to + ")");
        }
        int len = (int) (to - from);
        if (strings + 2 > offsets.length) {
          offsets = Arrays.copyOf(offsets, 2 * offsets.length);
        }
        if (used + len > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(used + len, 2 * bytes.length));
        }
        copy(c, chars, charPad, from, len, Decode.Target.BYTE, bytes, used, buf);
        offsets[++strings] = used + len;
      }
    }
    return new Strings(Arrays.copyOf(offsets, strings + 1), bytes);
  }

  private int read(long start, long stop, Object dst, int capacity, Decode.Target target) throws IOException {
    checkReadable(start, stop);
    if (kind == Kind.STRINGS || !target.accepts(type)) {
      throw new RootFormatException(describe() + ": holds " + (kind == Kind.STRINGS ? "strings" : type)
          + ", which cannot be read as " + target.name().toLowerCase(java.util.Locale.ROOT) + "s");
    }
    RNTupleBuffers buf = ntuple.buffers();
    int written = 0;
    for (int c = ntuple.clusterOf(start); c < ntuple.clusterCount() && ntuple.clusterStart(c) < stop; c++) {
      long[] bounds = clusterBounds(c, start, stop, 1, buf);
      long expected = descend(c, bounds, 1, buf);
      long lo = bounds[0];
      int n = (int) (bounds[1] - lo);
      if (n > capacity - written) {
        throw new IllegalArgumentException(describe() + ": array of " + capacity + " cannot hold the values of "
            + "entries [" + start + ", " + stop + ")");
      }
      int id = columnId(c, columns, 0);
      long pad = padding(c, id, expected);
      if (kind == Kind.CARDINALITY) {
        long previous = start(c, id, pad, lo, buf);
        for (int i = 0; i < n; i++) {
          long next = start(c, id, pad, lo + i + 1, buf);
          RValues.put(target, dst, written + i, next - previous);
          previous = next;
        }
      } else {
        copy(c, id, pad, lo, n, target, dst, written, buf);
      }
      written += n;
    }
    return written;
  }

  /** Cluster-local entry boundaries {@code max(start, first) .. min(stop, end)} of cluster {@code c}. */
  private long[] clusterBounds(int c, long start, long stop, int n, RNTupleBuffers buf) {
    long first = ntuple.clusterStart(c);
    long a = Math.max(start, first) - first;
    long b = Math.min(stop, ntuple.clusterStart(c + 1)) - first;
    long[] bounds = buf.bounds(n + 1);
    if (n == 1) {
      bounds[0] = a;
      bounds[1] = b;
    } else {
      for (int i = 0; i <= n; i++) {
        bounds[i] = a + i;
      }
    }
    return bounds;
  }

  /**
   * Maps the {@code n + 1} cluster-local entry boundaries in {@code bounds} to item boundaries of this
   * field's own column, level by level, and returns how many items the whole cluster holds there.
   */
  private long descend(int c, long[] bounds, int n, RNTupleBuffers buf) throws IOException {
    long expected = ntuple.cluster(c).entries();
    for (RLevel level : levels) {
      if (!level.isCollection()) {
        if (expected > Integer.MAX_VALUE / level.repeat()) {
          throw new RootFormatException(describe() + ": cluster " + c + " would hold more than 2^31 array items");
        }
        for (int i = 0; i <= n; i++) {
          bounds[i] *= level.repeat();
        }
        expected *= level.repeat();
        continue;
      }
      int id = columnId(c, level.columns(), 0);
      long pad = padding(c, id, expected);
      for (int i = 0; i <= n; i++) {
        bounds[i] = start(c, id, pad, bounds[i], buf);
      }
      expected = start(c, id, pad, expected, buf);
      for (int i = 0; i <= n; i++) {
        if (bounds[i] > expected || i > 0 && bounds[i] < bounds[i - 1]) {
          throw new RootFormatException(describe() + ": collection offsets of column " + id + " in cluster " + c
              + " decrease or exceed the cluster's last offset " + expected);
        }
      }
    }
    // The field's own column must hold the items the cluster's entries claim, whatever is read of it.
    padding(c, columnId(c, columns, 0), expected);
    return expected;
  }

  /**
   * Copies {@code n} values of column {@code id} from cluster-local item {@code lo} on, page by page; the
   * {@code pad} leading items of a deferred column are zeros.
   */
  private void copy(int c, int id, long pad, long lo, int n, Decode.Target target, Object dst, int at,
      RNTupleBuffers buf) throws IOException {
    int zeros = (int) Math.max(0, Math.min(n, pad - lo));
    RValues.zero(target, dst, at, zeros);
    long j = lo + zeros - pad;
    int done = zeros;
    while (done < n) {
      RDecodedColumn page = page(c, id, (int) j, buf);
      int k = (int) Math.min(n - done, page.first() + page.count() - j);
      RValues.copy(page.type(), page.data(), (int) (j - page.first()), k, target, dst, at + done);
      j += k;
      done += k;
    }
  }

  /** The first item of collection element {@code x}: the end of element {@code x - 1}, 0 before any. */
  private long start(int c, int id, long pad, long x, RNTupleBuffers buf) throws IOException {
    if (x == 0 || x - 1 < pad) {
      return 0;
    }
    int j = (int) (x - 1 - pad);
    return page(c, id, j, buf).offset(j);
  }

  /**
   * The number of leading zero items of column {@code id} in cluster {@code c}: a column added after writing
   * began (deferred) stores nothing for the entries before it; any other column must hold exactly what its
   * entries need.
   */
  private long padding(int c, int id, long expected) throws RootFormatException {
    int stored = ntuple.cluster(c).column(id).elements();
    long pad = expected - stored;
    if (pad != 0 && (pad < 0 || !ntuple.column(id).isDeferred() || pad > ntuple.column(id).firstElement())) {
      throw new RootFormatException(describe() + ": column " + id + " holds " + stored + " elements in cluster " + c
          + ", its entries need " + expected);
    }
    return pad;
  }

  /** The {@code k}-th column of the representation active in cluster {@code c}. */
  private int columnId(int c, int[][] reps, int k) {
    return ntuple.representation(c, reps)[k];
  }

  /** The decoded page holding cluster-local element {@code j} of column {@code id}, decoded if need be. */
  private RDecodedColumn page(int c, int id, int j, RNTupleBuffers buf) throws IOException {
    RDecodedColumn slot = buf.holding(id, c, j);
    if (slot == null) {
      RColumnRecord column = ntuple.column(id);
      slot = buf.reuse(id, column.type().isIndex());
      RPageRange range = ntuple.cluster(c).column(id);
      RPageDecoder.decode(ntuple.file(), column, c, range, range.pageOf(j), slot, buf,
          describe() + ", cluster " + c + ", column " + id);
    }
    return slot;
  }

  private void checkReadable(long start, long stop) throws RootFormatException {
    if (start < 0 || stop < start || stop > entries()) {
      throw new IndexOutOfBoundsException(describe() + ": entry range [" + start + ", " + stop + ") is outside [0, "
          + entries() + ")");
    }
    if (unsupported != null) {
      throw new RootFormatException(describe() + ": " + unsupported);
    }
  }

  @Override
  public String toString() {
    return "RNTupleField[" + name + ", " + typeName + "]";
  }
}
