package org.cortado.rootio;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * One branch of a {@link TTree}: its type, its counter if it is jagged, and the baskets holding its
 * entries. The {@code read*} methods decode the entries {@code [start, stop)} into an array owned by
 * the caller, starting at index 0, and return the number of elements written; jagged branches write
 * the elements of all entries back to back, and {@link #readOffsets} gives where each entry starts.
 *
 * <p>Integer branches may be read into any array at least as wide; unsigned values are widened
 * without sign extension ({@code UInt_t} into {@code long[]} gives values up to 2^32 - 1), while a
 * same-width array holds their raw bits. Booleans and bytes may be read into {@code boolean[]}.
 *
 * <p>Safe for concurrent use: all scratch space belongs to the calling thread.
 */
public final class Branch {
  private final RootFile file;
  private final String treePath;
  private final String className;
  private final String name;
  private final String title;
  private final Leaf leaf;
  private final LeafType type;
  private final int compression;
  private final int entryOffsetLength;
  private final long entries;
  private final long totalBytes;
  private final long zippedBytes;
  private final List<Branch> children;
  /** Entry where basket i starts; one more element than baskets, the last being the entry count. */
  private final long[] basketStarts;
  private final long[] basketSeeks;
  private final int[] basketBytes;
  /** Non-null where basket i lives inside the TTree metadata. */
  private final EmbeddedBasket[] embedded;
  private final String layoutProblem;
  private Branch counter;

  private Branch(RootFile file, String treePath, String className, String name, String title, Leaf leaf,
      int compression, int entryOffsetLength, long entries, long totalBytes, long zippedBytes,
      List<Branch> children, long[] basketStarts, long[] basketSeeks, int[] basketBytes,
      EmbeddedBasket[] embedded, String layoutProblem) {
    this.file = file;
    this.treePath = treePath;
    this.className = className;
    this.name = name;
    this.title = title;
    this.leaf = leaf;
    this.type = leaf == null ? null : LeafType.ofLeafClass(leaf.className(), leaf.unsigned());
    this.compression = compression;
    this.entryOffsetLength = entryOffsetLength;
    this.entries = entries;
    this.totalBytes = totalBytes;
    this.zippedBytes = zippedBytes;
    this.children = List.copyOf(children);
    this.basketStarts = basketStarts;
    this.basketSeeks = basketSeeks;
    this.basketBytes = basketBytes;
    this.embedded = embedded;
    this.layoutProblem = layoutProblem;
  }

  /**
   * Builds a branch from its streamed members, choosing its baskets as uproot does: the on-disk
   * baskets up to fWriteBasket that have a seek, then, if they hold fewer entries than the branch,
   * the baskets embedded in the metadata (ROOT-FORMAT.md §3.5).
   */
  static Branch fromStreamer(RootFile file, String treePath, String className, String name, String title,
      Leaf leaf, int compression, int entryOffsetLength, long entries, long totalBytes, long zippedBytes,
      int writeBasket, int[] bytes, long[] entryStarts, long[] seeks, List<EmbeddedBasket> embeddedBaskets,
      List<Branch> children) {
    int onDisk = 0;
    while (onDisk < writeBasket && seeks[onDisk] != 0) {
      onDisk++;
    }
    long reached = onDisk < entryStarts.length ? entryStarts[onDisk] : (onDisk == 0 ? 0 : -1);
    if (onDisk == 0) {
      reached = 0;
    }
    int extra = 0;
    if (reached >= 0 && entries > reached) {
      for (EmbeddedBasket b : embeddedBaskets) {
        if (b != null) {
          extra++;
        }
      }
    }
    int n = onDisk + extra;
    long[] starts = new long[n + 1];
    long[] basketSeeks = new long[n];
    int[] basketBytes = new int[n];
    EmbeddedBasket[] embedded = new EmbeddedBasket[n];
    String problem = null;
    for (int i = 0; i < onDisk; i++) {
      starts[i] = entryStarts[i];
      basketSeeks[i] = seeks[i];
      basketBytes[i] = bytes[i];
      if (i > 0 && starts[i] < starts[i - 1]) {
        problem = "basket " + i + " starts at entry " + starts[i] + ", before basket " + (i - 1);
      }
    }
    long next = reached < 0 ? 0 : reached;
    int i = onDisk;
    if (extra > 0) {
      for (EmbeddedBasket b : embeddedBaskets) {
        if (b != null) {
          starts[i] = next;
          embedded[i] = b;
          next += b.entries();
          i++;
        }
      }
    }
    starts[n] = next;
    if (n > 0 && starts[0] != 0) {
      problem = "its first basket starts at entry " + starts[0] + ", not 0";
    }
    if (problem == null && onDisk > 0 && starts[onDisk] < starts[onDisk - 1]) {
      problem = "its on-disk baskets end before they start";
    }
    if (problem == null && next != entries) {
      problem = "its baskets hold " + next + " entries but the branch claims " + entries;
    }
    return new Branch(file, treePath, className, name, title, leaf, compression, entryOffsetLength, entries,
        totalBytes, zippedBytes, children, starts, basketSeeks, basketBytes, embedded, problem);
  }

  void linkCounter(Branch counterBranch) {
    this.counter = counterBranch;
  }

  Leaf leaf() {
    return leaf;
  }

  public String name() {
    return name;
  }

  /** The branch title; NanoAOD stores the documentation string here. */
  public String title() {
    return title;
  }

  /** The leaf title, e.g. {@code Muon_pt[nMuon]}, or null when the branch has no leaf. */
  public String leafTitle() {
    return leaf == null ? null : leaf.title();
  }

  /** The ROOT class of the branch object (TBranch, TBranchElement, ...). */
  public String className() {
    return className;
  }

  /** The element type, or null for branches this reader cannot decode (objects, TBranchElement). */
  public LeafType type() {
    return type;
  }

  /** A one-word description of what the branch holds, for listings: a leaf class or branch class. */
  public String typeName() {
    if (type != null) {
      return type.rootName();
    }
    return leaf == null ? className : leaf.className();
  }

  /** True when entries have varying numbers of elements ({@code Muon_pt[nMuon]}). */
  public boolean isJagged() {
    return counter != null || (entryOffsetLength > 0 && type != LeafType.STRING && leaf != null && leaf.count() != null);
  }

  /** The counter branch of a jagged branch ({@code nMuon} for {@code Muon_pt}), or null. */
  public Branch counter() {
    return counter;
  }

  /** Elements per entry of a fixed-size branch (3 for {@code x[3]}), or per counted item of a jagged one. */
  public int elementsPerEntry() {
    return leaf == null ? 1 : Math.max(1, leaf.length());
  }

  public long entries() {
    return entries;
  }

  /** The branch's compression setting (algorithm * 100 + level) as recorded in its metadata. */
  public int compressionSetting() {
    return compression;
  }

  /** Bytes of all baskets uncompressed, and as stored. */
  public long uncompressedBytes() {
    return totalBytes;
  }

  public long compressedBytes() {
    return zippedBytes;
  }

  /** Entries the baskets actually hold; differs from {@link #entries()} only in a corrupt file. */
  long storedEntries() {
    return basketStarts[basketStarts.length - 1];
  }

  public int basketCount() {
    return embedded.length;
  }

  /** The first entry of each basket, followed by the entry count. */
  public long[] basketBoundaries() {
    return basketStarts.clone();
  }

  /** The number of baskets stored inside the tree metadata rather than in keys of their own. */
  public int embeddedBasketCount() {
    int n = 0;
    for (EmbeddedBasket b : embedded) {
      if (b != null) {
        n++;
      }
    }
    return n;
  }

  public List<Branch> subBranches() {
    return children;
  }

  /** File offset and stored size of on-disk basket {@code i}; (0, 0) for an embedded basket. */
  public long basketSeek(int i) {
    return basketSeeks[i];
  }

  public int basketStoredBytes(int i) {
    return basketBytes[i];
  }

  String describe() {
    return file.describe("tree '" + treePath + "', branch '" + name + "'");
  }

  /** The number of elements {@code read*} will write for the entries {@code [start, stop)}. */
  public long countElements(long start, long stop) throws IOException {
    checkRange(start, stop);
    if (type == null || type == LeafType.STRING) {
      throw new RootFormatException(describe() + ": leaf type " + typeName() + " is not supported for reading");
    }
    if (counter == null) {
      return (stop - start) * elementsPerEntry();
    }
    long total = 0;
    int chunk = 4096;
    for (long e = start; e < stop; e += chunk) {
      int n = (int) Math.min(chunk, stop - e);
      int[] counts = ThreadBuffers.get().counts(n);
      counter.readCounts(e, e + n, counts);
      total += sum(counts, 0, n);
    }
    long elements = total * elementsPerEntry();
    if (elements * type().size() > dataBytesUpperBound()) {
      // A lying counter must not make the caller allocate more than the branch could possibly hold.
      throw new RootFormatException(describe() + ": counter '" + counter.name() + "' claims " + elements
          + " elements in entries [" + start + ", " + stop + "), more than the branch's "
          + dataBytesUpperBound() + " bytes can hold");
    }
    return elements;
  }

  /** No basket range can decode to more than the branch's uncompressed bytes, embedded data included. */
  private long dataBytesUpperBound() {
    long bound = Math.max(totalBytes, 0);
    for (EmbeddedBasket b : embedded) {
      if (b != null) {
        bound += b.data().length;
      }
    }
    return bound;
  }

  /**
   * Writes {@code stop - start + 1} element offsets into {@code offsets}: entry {@code start + i}
   * holds elements {@code [offsets[i], offsets[i + 1])} of what {@code read*} returns for the same
   * range. For a flat branch these are multiples of {@link #elementsPerEntry()}.
   */
  public void readOffsets(long start, long stop, int[] offsets) throws IOException {
    checkRange(start, stop);
    int n = (int) (stop - start);
    if (offsets.length < n + 1) {
      throw new IllegalArgumentException(describe() + ": offsets array of " + offsets.length
          + " cannot hold " + (n + 1) + " offsets");
    }
    int per = elementsPerEntry();
    offsets[0] = 0;
    if (counter == null) {
      for (int i = 0; i < n; i++) {
        offsets[i + 1] = offsets[i] + per;
      }
      return;
    }
    counter.readCounts(start, stop, offsets);
    // Turn the counts into running starts in place: each count is read before its slot is overwritten.
    long running = 0;
    for (int i = 0; i < n; i++) {
      int count = offsets[i];
      offsets[i] = (int) running;
      running += (long) count * per;
      if (running > Integer.MAX_VALUE) {
        throw new RootFormatException(describe() + ": more than 2^31 elements in entries [" + start + ", " + stop + ")");
      }
    }
    offsets[n] = (int) running;
  }

  /**
   * Reads counter values, rejecting negative counts. Writes {@code stop - start} ints from index 0.
   * Whole counter baskets are decoded once per thread and cached (see {@link ThreadBuffers}).
   */
  void readCounts(long start, long stop, int[] dst) throws IOException {
    checkRange(start, stop);
    ThreadBuffers buffers = ThreadBuffers.get();
    int written = 0;
    for (int b = basketContaining(start); written < stop - start; b++) {
      long b0 = basketStarts[b];
      long b1 = basketStarts[b + 1];
      int[] values = buffers.cachedCounts(this, b);
      if (values == null) {
        values = buffers.countArrayFor(this, b, (int) (b1 - b0));
        read(b0, b1, values, Decode.Target.INT);
        for (int i = 0; i < values.length; i++) {
          if (values[i] < 0) {
            throw new RootFormatException(describe() + ": negative count " + values[i] + " at entry " + (b0 + i));
          }
        }
        buffers.cacheCounts(this, b);
      }
      long lo = Math.max(start, b0);
      long hi = Math.min(stop, b1);
      if (hi > lo) {
        System.arraycopy(values, (int) (lo - b0), dst, written, (int) (hi - lo));
        written += (int) (hi - lo);
      }
    }
  }

  public int readFloats(long start, long stop, float[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.FLOAT);
  }

  public int readDoubles(long start, long stop, double[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.DOUBLE);
  }

  public int readInts(long start, long stop, int[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.INT);
  }

  public int readLongs(long start, long stop, long[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.LONG);
  }

  public int readShorts(long start, long stop, short[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.SHORT);
  }

  public int readBytes(long start, long stop, byte[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.BYTE);
  }

  public int readBooleans(long start, long stop, boolean[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.BOOLEAN);
  }

  private void checkRange(long start, long stop) throws RootFormatException {
    if (start < 0 || stop < start || stop > entries) {
      throw new IndexOutOfBoundsException(describe() + ": entry range [" + start + ", " + stop
          + ") is outside [0, " + entries + ")");
    }
    if (layoutProblem != null) {
      throw new RootFormatException(describe() + ": " + layoutProblem);
    }
  }

  private int read(long start, long stop, Object dst, Decode.Target target) throws IOException {
    checkRange(start, stop);
    if (type == null || type == LeafType.STRING) {
      throw new RootFormatException(describe() + ": leaf type " + typeName() + " is not supported for reading");
    }
    if (!target.accepts(type)) {
      throw new RootFormatException(describe() + ": holds " + type.rootName() + ", which cannot be read into "
          + target.name().toLowerCase() + "[]");
    }
    int capacity = java.lang.reflect.Array.getLength(dst);
    int written = 0;
    int elementSize = type.size();
    int b = basketContaining(start);
    long e = start;
    while (e < stop) {
      long b0 = basketStarts[b];
      long b1 = basketStarts[b + 1];
      long lo = Math.max(e, b0);
      long hi = Math.min(stop, b1);
      if (hi > lo) {
        ThreadBuffers buffers = ThreadBuffers.get();
        int[] counts = null;
        if (counter != null) {
          counts = buffers.counts((int) (b1 - b0));
          counter.readCounts(b0, b1, counts);
        }
        BasketView view = load(b, (int) (b1 - b0), buffers);
        int firstByte;
        int endByte;
        if (counts != null) {
          int a = (int) (lo - b0);
          int z = (int) (hi - b0);
          long before = sum(counts, 0, a);
          long inside = sum(counts, a, z);
          long total = before + inside + sum(counts, z, (int) (b1 - b0));
          long stride = (long) elementSize * elementsPerEntry();
          if (total * stride != view.length) {
            throw new RootFormatException(basketWhere(b) + ": holds " + view.length + " data bytes, but counter '"
                + counter.name() + "' needs " + total * stride);
          }
          firstByte = (int) (before * stride);
          endByte = (int) ((before + inside) * stride);
        } else if (view.entryOffsets != null) {
          firstByte = view.entryOffsets[(int) (lo - b0)];
          endByte = view.entryOffsets[(int) (hi - b0)];
        } else {
          int entrySize = elementSize * elementsPerEntry();
          if ((long) entrySize * (b1 - b0) != view.length) {
            throw new RootFormatException(basketWhere(b) + ": holds " + view.length + " data bytes for " + (b1 - b0)
                + " entries of " + entrySize + " bytes");
          }
          firstByte = (int) ((lo - b0) * entrySize);
          endByte = (int) ((hi - b0) * entrySize);
        }
        int n = (endByte - firstByte) / elementSize;
        if (n > capacity - written) {
          throw new IllegalArgumentException(describe() + ": destination of " + capacity
              + " elements is too small for entries [" + start + ", " + stop + ")");
        }
        decode(view.data, view.offset + firstByte, n, dst, written, target);
        written += n;
      }
      e = hi > e ? hi : b1;
      b++;
    }
    return written;
  }

  /** The sum of {@code counts[from, to)}, in a loop simple enough for the JIT to unroll. */
  private static long sum(int[] counts, int from, int to) {
    long s = 0;
    for (int i = from; i < to; i++) {
      s += counts[i];
    }
    return s;
  }

  private void decode(byte[] src, int off, int n, Object dst, int at, Decode.Target target) {
    switch (target) {
      case FLOAT -> Decode.toFloats(src, off, n, (float[]) dst, at);
      case DOUBLE -> Decode.toDoubles(type, src, off, n, (double[]) dst, at);
      case INT -> Decode.toInts(type, src, off, n, (int[]) dst, at);
      case LONG -> Decode.toLongs(type, src, off, n, (long[]) dst, at);
      case SHORT -> Decode.toShorts(type, src, off, n, (short[]) dst, at);
      case BYTE -> Decode.toBytes(src, off, n, (byte[]) dst, at);
      case BOOLEAN -> Decode.toBooleans(src, off, n, (boolean[]) dst, at);
    }
  }

  private int basketContaining(long entry) {
    int i = Arrays.binarySearch(basketStarts, 0, basketStarts.length - 1, entry);
    if (i < 0) {
      i = -i - 2;
    } else {
      // Empty baskets share a start with the next one; take the last basket starting here.
      while (i + 1 < basketStarts.length - 1 && basketStarts[i + 1] == entry) {
        i++;
      }
    }
    return Math.max(i, 0);
  }

  private String basketWhere(int b) {
    return describe() + ", basket " + b;
  }

  /** Where a basket read is, for error messages; the text is only built if one is thrown. */
  private record BasketPlace(Branch branch, int basket) {
    @Override
    public String toString() {
      return branch.basketWhere(basket);
    }
  }

  /** The decoded entry data of one basket: {@code length} bytes at {@code data[offset]}. */
  private record BasketView(byte[] data, int offset, int length, int[] entryOffsets) {}

  private BasketView load(int b, int expectedEntries, ThreadBuffers buffers) throws IOException {
    Object where = new BasketPlace(this, b);
    EmbeddedBasket emb = embedded[b];
    if (emb != null) {
      if (emb.entries() != expectedEntries) {
        throw new RootFormatException(where + ": holds " + emb.entries() + " entries, expected " + expectedEntries);
      }
      return new BasketView(emb.data(), 0, emb.data().length, emb.entryByteOffsets());
    }
    int stored = basketBytes[b];
    if (stored <= 0) {
      throw new RootFormatException(where + ": stored size " + stored + " is not positive");
    }
    byte[] raw = buffers.raw(stored);
    file.readInto(basketSeeks[b], raw, stored, where);
    ByteReader head = new ByteReader(raw, 0, stored, 0, where);
    Key key = Key.read(head, false);
    if (key.totalBytes() != stored) {
      throw new RootFormatException(where + ": key says " + key.totalBytes() + " bytes, the branch index says " + stored);
    }
    RootFile.checkKey(key, where);
    BasketHeader header = BasketHeader.read(head);
    if (header.entries() != expectedEntries) {
      throw new RootFormatException(where + ": holds " + header.entries() + " entries, the branch index says "
          + expectedEntries);
    }
    int keylen = key.keyLength();
    int objlen = key.objectLength();
    int border = header.last() - keylen;
    if (border < 0 || border > objlen) {
      throw new RootFormatException(where + ": data end " + header.last() + " lies outside the basket of "
          + (keylen + objlen) + " bytes");
    }
    byte[] data;
    int offset;
    if (key.isCompressed()) {
      long declared = Decompressor.declaredSize(raw, keylen, stored - keylen, where);
      if (declared != objlen) {
        throw new RootFormatException(where + ": compressed blocks declare " + declared + " bytes, the key says " + objlen);
      }
      data = buffers.decoded(objlen);
      buffers.decompressor.decompress(raw, keylen, stored - keylen, data, 0, objlen, where);
      offset = 0;
    } else {
      data = raw;
      offset = keylen;
    }
    int[] entryOffsets = null;
    if (counter == null && border != objlen && entryOffsetLength > 0) {
      entryOffsets = trailer(data, offset, border, objlen, keylen, expectedEntries, where);
    }
    return new BasketView(data, offset, border, entryOffsets);
  }

  /** Parses the entry-offset trailer after the data of a variable-size basket (ROOT-FORMAT.md §3.3). */
  private static int[] trailer(byte[] data, int offset, int border, int objlen, int keylen, int entries, Object where)
      throws RootFormatException {
    if ((long) border + 4 + 4L * (entries + 1) > objlen) {
      throw new RootFormatException(where + ": entry-offset trailer is truncated");
    }
    int count = Decode.int32(data, offset + border);
    if (count != entries + 1) {
      throw new RootFormatException(where + ": entry-offset trailer lists " + count + " offsets for " + entries + " entries");
    }
    int[] starts = new int[entries + 1];
    for (int i = 0; i < entries; i++) {
      starts[i] = Decode.int32(data, offset + border + 4 + 4 * i) - keylen;
      if (starts[i] < 0 || starts[i] > border || (i > 0 && starts[i] < starts[i - 1])) {
        throw new RootFormatException(where + ": entry " + i + " starts at " + starts[i] + ", outside the data");
      }
    }
    starts[entries] = border;
    return starts;
  }

  @Override
  public String toString() {
    return "Branch[" + name + " " + typeName() + (isJagged() ? "[" + (counter == null ? "" : counter.name()) + "]" : "") + "]";
  }
}
