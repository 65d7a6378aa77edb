package org.cortado.rootio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
public final class Branch implements EventColumn {
  private final RootFile file;
  private final String treePath;
  private final String className;
  private final String name;
  private final String title;
  private final Leaf leaf;
  private final List<Leaf> leaves;
  private final ElementInfo element;
  private BranchKind kind;
  private LeafType type;
  /** Null for plain leaves; otherwise how the entries lie in the baskets (see {@link BranchKind}). */
  private EntryLayout layout;
  /** Non-null for a Double32_t or Float16_t stored in fewer bits than a float. */
  private TruncatedReal real;
  private List<Branch> columns = List.of();
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
  /** The branch name as stored, which every basket key repeats (a leaf column's is its branch's). */
  private final byte[] nameBytes;
  private Branch counter;

  private Branch(RootFile file, String treePath, String className, String keyName, String name, String title,
      List<Leaf> leaves,
      ElementInfo element, int compression, int entryOffsetLength, long entries, long totalBytes, long zippedBytes,
      List<Branch> children, long[] basketStarts, long[] basketSeeks, int[] basketBytes,
      EmbeddedBasket[] embedded, String layoutProblem) {
    this.file = file;
    this.treePath = treePath;
    this.className = className;
    this.name = name;
    this.title = title;
    this.leaves = List.copyOf(leaves);
    this.leaf = leaves.isEmpty() ? null : leaves.get(0);
    this.element = element;
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
    this.nameBytes = keyName.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Builds a branch from its streamed members, choosing its baskets as uproot does: the on-disk
   * baskets up to fWriteBasket that have a seek, then, if they hold fewer entries than the branch,
   * the baskets embedded in the metadata (ROOT-FORMAT.md §3.5).
   */
  static Branch fromStreamer(RootFile file, String treePath, String className, String name, String title,
      List<Leaf> leaves, ElementInfo element, int compression, int entryOffsetLength, long entries,
      long treeEntries, long totalBytes,
      long zippedBytes, int writeBasket, int[] bytes, long[] entryStarts, long[] seeks,
      List<EmbeddedBasket> embeddedBaskets, List<Branch> children) {
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
      if (bytes[i] <= 0 || seeks[i] < 0 || seeks[i] > file.length() - bytes[i]) {
        problem = "basket " + i + " of " + bytes[i] + " bytes at offset " + seeks[i] + " lies outside the "
            + file.length() + "-byte file";
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
    if (problem == null && entries != treeEntries) {
      // Every branch is filled with its tree; one claiming fewer entries would be read short.
      problem = "it holds " + entries + " entries, its tree " + treeEntries;
    }
    return new Branch(file, treePath, className, name, name, title, leaves, element, compression, entryOffsetLength,
        entries, totalBytes, zippedBytes, children, starts, basketSeeks, basketBytes, embedded, problem);
  }

  /**
   * Works out what the branch holds once its place in the tree is known, and for a leaf list makes
   * one column per leaf, named {@code branch.leaf}.
   */
  void resolveKind(boolean topLevel) {
    kind = BranchKind.resolve(className, leaves, element, !children.isEmpty(), topLevel, () -> SplitMembers.find(file.streamers(), element, name));
    type = kind.type();
    layout = kind.layout();
    real = kind.real();
    if (layout instanceof EntryLayout.LeafList) {
      int entryBytes = 0;
      for (Leaf l : leaves) {
        entryBytes += Math.max(1, l.length()) * LeafType.ofLeafClass(l.className(), l.unsigned()).size();
      }
      List<Branch> made = new java.util.ArrayList<>();
      int offset = 0;
      for (Leaf l : leaves) {
        Branch column = new Branch(file, treePath, className, name, name + "." + l.name(), l.title(), List.of(l), null,
            compression, entryOffsetLength, entries, totalBytes, zippedBytes, List.of(), basketStarts, basketSeeks,
            basketBytes, embedded, layoutProblem);
        LeafType t = LeafType.ofLeafClass(l.className(), l.unsigned());
        column.kind = BranchKind.of(t, new EntryLayout.LeafColumn(offset, entryBytes));
        column.type = t;
        column.layout = column.kind.layout();
        offset += Math.max(1, l.length()) * t.size();
        made.add(column);
      }
      columns = List.copyOf(made);
    }
  }

  /** The columns of a leaf list ({@code px/D:py/D} gives {@code b.px} and {@code b.py}), else empty. */
  public List<Branch> leafColumns() {
    return columns;
  }

  /** Bytes per stored element: those of its type, or fewer for a Double32_t or Float16_t. */
  int elementBytes() {
    return real != null ? real.size() : type.size();
  }

  /** Why the branch cannot be read, naming its ROOT type, or null if it can. */
  @Override
  public String unsupportedReason() {
    return kind == null ? null : kind.unsupported();
  }

  EntryLayout layout() {
    return layout;
  }

  void linkCounter(Branch counterBranch) {
    this.counter = counterBranch;
  }

  Leaf leaf() {
    return leaf;
  }

  @Override
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
  @Override
  public LeafType type() {
    return type;
  }

  /** A one-word description of what the branch holds, for listings: a leaf class or branch class. */
  @Override
  public String typeName() {
    if (kind != null && kind.cppType() != null) {
      return kind.cppType();
    }
    if (type != null) {
      return type.rootName();
    }
    if (layout instanceof EntryLayout.LeafList) {
      return "leaf list";
    }
    return leaf == null ? className : leaf.className();
  }

  /** True when entries have varying numbers of elements ({@code Muon_pt[nMuon]}). */
  @Override
  public boolean isJagged() {
    return counter != null || layout instanceof EntryLayout.Elements || (entryOffsetLength > 0 && type != LeafType.STRING && leaf != null && leaf.count() != null);
  }

  /** The counter branch of a jagged branch ({@code nMuon} for {@code Muon_pt}), or null. */
  @Override
  public Branch counter() {
    return counter;
  }

  /** Elements per entry of a fixed-size branch (3 for {@code x[3]}), or per counted item of a jagged one. */
  @Override
  public int elementsPerEntry() {
    return leaf == null ? 1 : Math.max(1, leaf.length());
  }

  @Override
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

  /** The first entry of basket {@code b}; {@code b == basketCount()} gives the entry count. */
  long basketStart(int b) {
    return basketStarts[b];
  }

  /** The first entry of each basket, followed by the entry count. */
  public long[] basketBoundaries() {
    return basketStarts.clone();
  }

  @Override
  public long[] clusterBoundaries() {
    return basketBoundaries();
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

  /** Basket {@code i} if it is stored inside the tree metadata, else null. */
  EmbeddedBasket embeddedBasket(int i) {
    return embedded[i];
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

  /**
   * Adds the file spans of the on-disk baskets holding entries {@code [start, stop)}, and those of
   * the counter's, to {@code out}; a branch whose basket index is corrupt adds none (reading it
   * fails anyway, naming the problem).
   */
  void basketRanges(long start, long stop, List<ByteRange> out) {
    if (layoutProblem != null || start >= stop) {
      return;
    }
    for (int b = basketContaining(start); b < embedded.length && basketStarts[b] < stop; b++) {
      if (embedded[b] == null) {
        out.add(new ByteRange(basketSeeks[b], basketBytes[b]));
      }
    }
    if (counter != null) {
      counter.basketRanges(start, stop, out);
    }
  }

  String describe() {
    return file.describe("tree '" + treePath + "', branch '" + name + "'");
  }

  /** The number of elements {@code read*} will write for the entries {@code [start, stop)}. */
  @Override
  public long countElements(long start, long stop) throws IOException {
    checkReadable(start, stop);
    if (layout instanceof EntryLayout.Elements) {
      return VariableEntries.countElements(this, start, stop);
    }
    if (counter == null) {
      return backedElements(stop - start, start, stop);
    }
    long total = 0;
    int chunk = 4096;
    for (long e = start; e < stop; e += chunk) {
      int n = (int) Math.min(chunk, stop - e);
      int[] counts = ThreadBuffers.get().counts(n);
      counter.readCounts(e, e + n, counts);
      total += sum(counts, 0, n);
    }
    return backedElements(total, start, stop);
  }

  /**
   * Checks that {@code items} entries (or counted items) of {@link #elementsPerEntry()} elements fit in
   * the baskets holding the entries {@code [start, stop)} and returns the element count, so that a lying
   * count never makes a caller allocate more than the file holds.
   */
  private long backedElements(long items, long start, long stop) throws IOException {
    long bytes = dataBytes(start, stop);
    long perItem = layout instanceof EntryLayout.LeafColumn c ? c.entryBytes() : (long) elementsPerEntry() * elementBytes();
    if (items > bytes / perItem) {
      throw new RootFormatException(describe() + ": " + (counter == null ? "" : "counter '" + counter.name()
          + "' claims ") + items + " x " + elementsPerEntry() + " elements in entries [" + start + ", " + stop
          + "), more than the " + bytes + " bytes of their baskets can hold");
    }
    return items * elementsPerEntry();
  }

  /**
   * An upper bound of the data bytes of the entries {@code [start, stop)}: the uncompressed sizes of
   * the baskets holding them, read from their key headers without decompressing anything.
   */
  private long dataBytes(long start, long stop) throws IOException {
    long bytes = 0;
    for (int b = basketContaining(start); b < embedded.length && basketStarts[b] < stop; b++) {
      bytes += uncompressedSize(b);
    }
    return bytes;
  }

  private int uncompressedSize(int b) throws IOException {
    EmbeddedBasket emb = embedded[b];
    if (emb != null) {
      return emb.data().length;
    }
    byte[] head = ThreadBuffers.get().keyHead();
    if (basketBytes[b] < head.length) {
      throw new RootFormatException(basketWhere(b) + ": stored size " + basketBytes[b] + " is too small for a key");
    }
    // The span was checked against the file when the branch was built.
    file.readInto(basketSeeks[b], head, head.length, this);
    int total = ByteReader.getInt(head, 0);
    int objlen = ByteReader.getInt(head, 6); // after fNbytes and fVersion
    if (total != basketBytes[b] || objlen < 0) {
      throw new RootFormatException(basketWhere(b) + ": key says " + total + " bytes (object " + objlen
          + "), the branch index says " + basketBytes[b]);
    }
    return objlen;
  }

  /**
   * Writes {@code stop - start + 1} element offsets into {@code offsets}: entry {@code start + i}
   * holds elements {@code [offsets[i], offsets[i + 1])} of what {@code read*} returns for the same
   * range. For a flat branch these are multiples of {@link #elementsPerEntry()}.
   */
  @Override
  public void readOffsets(long start, long stop, int[] offsets) throws IOException {
    checkRange(start, stop);
    checkCounterLinked();
    int n = (int) (stop - start);
    if (offsets.length < n + 1) {
      throw new IllegalArgumentException(describe() + ": offsets array of " + offsets.length
          + " cannot hold " + (n + 1) + " offsets");
    }
    if (layout instanceof EntryLayout.Elements) {
      checkReadable(start, stop);
      VariableEntries.readOffsets(this, start, stop, offsets);
      return;
    }
    int per = elementsPerEntry();
    offsets[0] = 0;
    if (counter == null) {
      if ((long) n * per > Integer.MAX_VALUE) {
        throw tooManyElements(start, stop);
      }
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
        throw tooManyElements(start, stop);
      }
    }
    offsets[n] = (int) running;
  }

  private RootFormatException tooManyElements(long start, long stop) {
    return new RootFormatException(describe() + ": more than 2^31 elements in entries [" + start + ", " + stop + ")");
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
        values = decodeCounts(b, b1 - b0, buffers);
      }
      long lo = Math.max(start, b0);
      long hi = Math.min(stop, b1);
      if (hi > lo) {
        System.arraycopy(values, (int) (lo - b0), dst, written, (int) (hi - lo));
        written += (int) (hi - lo);
      }
    }
  }

  /** Decodes and caches a whole counter basket; its array is sized only once the basket has vouched for it. */
  private int[] decodeCounts(int b, long basketEntries, ThreadBuffers buffers) throws IOException {
    BasketView view = load(b, basketEntries, basketEntries * type.size(), buffers, false);
    int n = (int) basketEntries;
    int[] values = buffers.countArrayFor(this, b, n);
    decode(view.data, view.offset, n, values, 0, Decode.Target.INT);
    for (int i = 0; i < n; i++) {
      if (values[i] < 0) {
        throw new RootFormatException(basketWhere(b) + ": negative count " + values[i] + " at entry "
            + (basketStarts[b] + i));
      }
    }
    buffers.cacheCounts(this, b);
    return values;
  }

  /**
   * True if this branch can count the elements of {@code jagged}: an integer branch that fits an int,
   * with one value per entry, not counted itself, and with as many entries.
   */
  boolean canCount(Branch jagged) {
    return jagged != this && type != null && Decode.Target.INT.accepts(type) && elementsPerEntry() == 1
        && leaf.count() == null && entries == jagged.entries;
  }

  /**
   * At least as many elements as {@code read*} writes for the entries {@code [start, stop)}, found
   * without decompressing anything for a branch whose entries carry their own size (a basket's data
   * bytes bound its elements): enough to size the array for {@link #readWithOffsets}.
   */
  @Override
  public long elementBound(long start, long stop) throws IOException {
    if (!(layout instanceof EntryLayout.Elements)) {
      return countElements(start, stop);
    }
    checkReadable(start, stop);
    return dataBytes(start, stop) / elementBytes();
  }

  /**
   * Reads the values of entries {@code [start, stop)} into {@code dst} (an array of a primitive type
   * the leaf can be read into, as {@code read*} takes) and their {@code stop - start + 1} offsets into
   * {@code offsets}, as {@link #readOffsets} gives them. For a branch whose entries carry their own
   * size ({@code std::vector}, {@code RVec}) this decompresses each basket once, where
   * {@code readOffsets} and a {@code read*} decompress it twice.
   *
   * @return the number of elements written
   */
  @Override
  public int readWithOffsets(long start, long stop, Object dst, int[] offsets) throws IOException {
    Decode.Target target = Decode.Target.of(dst);
    if (!(layout instanceof EntryLayout.Elements)) {
      readOffsets(start, stop, offsets);
      return read(start, stop, dst, target);
    }
    checkRange(start, stop);
    if (offsets.length < stop - start + 1) {
      throw new IllegalArgumentException(describe() + ": offsets array of " + offsets.length
          + " cannot hold " + (stop - start + 1) + " offsets");
    }
    checkReadable(start, stop);
    checkTarget(target);
    return VariableEntries.read(this, start, stop, dst, target, offsets);
  }

  @Override
  public int readFloats(long start, long stop, float[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.FLOAT);
  }

  @Override
  public int readDoubles(long start, long stop, double[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.DOUBLE);
  }

  @Override
  public int readInts(long start, long stop, int[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.INT);
  }

  @Override
  public int readLongs(long start, long stop, long[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.LONG);
  }

  @Override
  public int readShorts(long start, long stop, short[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.SHORT);
  }

  @Override
  public int readBytes(long start, long stop, byte[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.BYTE);
  }

  @Override
  public int readBooleans(long start, long stop, boolean[] dst) throws IOException {
    return read(start, stop, dst, Decode.Target.BOOLEAN);
  }

  /**
   * Reads the strings of entries {@code [start, stop)} of a string branch ({@code char*},
   * {@code std::string}, {@code TString}), one per entry.
   */
  @Override
  public Strings readStrings(long start, long stop) throws IOException {
    checkRange(start, stop);
    if (kind != null && kind.unsupported() != null) {
      checkReadable(start, stop);
    }
    if (!(layout instanceof EntryLayout.Strings)) {
      throw new RootFormatException(describe() + ": holds " + typeName() + ", not strings");
    }
    return VariableEntries.readStrings(this, start, stop);
  }

  private void checkRange(long start, long stop) throws RootFormatException {
    if (layoutProblem != null) {
      throw new RootFormatException(describe() + ": " + layoutProblem);
    }
    if (start < 0 || stop < start || stop > entries) {
      throw new IndexOutOfBoundsException(describe() + ": entry range [" + start + ", " + stop
          + ") is outside [0, " + entries + ")");
    }
  }

  void checkReadable(long start, long stop) throws RootFormatException {
    checkRange(start, stop);
    if (kind != null && kind.unsupported() != null) {
      throw new RootFormatException(describe() + ": holds " + kind.unsupported() + ", which is not supported for reading");
    }
    if (layout instanceof EntryLayout.LeafList) {
      throw new RootFormatException(describe() + ": is a leaf list; read its columns "
          + columns.stream().map(c -> "'" + c.name() + "'").toList());
    }
    if (type == LeafType.STRING) {
      throw new RootFormatException(describe() + ": holds strings (" + typeName() + "), which only readStrings reads");
    }
    if (type == null) {
      throw new RootFormatException(describe() + ": leaf type " + typeName() + " is not supported for reading");
    }
    checkCounterLinked();
  }

  /** A counted leaf without its counter would be read with the wrong shape, so it is not read at all. */
  private void checkTarget(Decode.Target target) throws RootFormatException {
    if (!target.accepts(type)) {
      throw new RootFormatException(describe() + ": holds " + type.rootName() + ", which cannot be read into "
          + target.name().toLowerCase() + "[]");
    }
  }

  private void checkCounterLinked() throws RootFormatException {
    // Entries that carry their own sizes need no counter.
    if (counter == null && leaf != null && leaf.count() != null && !(layout instanceof EntryLayout.Elements)) {
      throw new RootFormatException(describe() + ": its leaf is counted by '" + leaf.count().name()
          + "', which is not an integer branch of this tree with one value per entry and as many entries");
    }
  }

  private int read(long start, long stop, Object dst, Decode.Target target) throws IOException {
    checkReadable(start, stop);
    checkTarget(target);
    if (layout != null) {
      return layout instanceof EntryLayout.LeafColumn column ? readColumn(start, stop, dst, target, column)
          : VariableEntries.read(this, start, stop, dst, target, null);
    }
    int capacity = java.lang.reflect.Array.getLength(dst);
    int written = 0;
    int elementSize = elementBytes();
    long stride = (long) elementSize * elementsPerEntry();
    int b = basketContaining(start);
    long e = start;
    while (e < stop) {
      long b0 = basketStarts[b];
      long b1 = basketStarts[b + 1];
      long lo = Math.max(e, b0);
      long hi = Math.min(stop, b1);
      if (hi > lo) {
        ThreadBuffers buffers = ThreadBuffers.get();
        long before;
        long inside;
        long total;
        if (counter != null) {
          if (b1 - b0 > counter.dataBytes(b0, b1) / counter.type.size()) {
            throw new RootFormatException(basketWhere(b) + ": holds entries [" + b0 + ", " + b1 + "), more than counter '"
                + counter.name() + "' has values for");
          }
          int[] counts = buffers.counts((int) (b1 - b0));
          counter.readCounts(b0, b1, counts);
          int a = (int) (lo - b0);
          int z = (int) (hi - b0);
          before = sum(counts, 0, a);
          inside = sum(counts, a, z);
          total = before + inside + sum(counts, z, (int) (b1 - b0));
        } else {
          before = lo - b0;
          inside = hi - lo;
          total = b1 - b0;
        }
        if (total > Integer.MAX_VALUE / stride) {
          throw new RootFormatException(basketWhere(b) + ": " + total + " x " + stride + " bytes cannot fit in a basket");
        }
        BasketView view = load(b, b1 - b0, total * stride, buffers, lo > b0 || hi < b1);
        int n = (int) (inside * elementsPerEntry());
        if (n > capacity - written) {
          throw new IllegalArgumentException(describe() + ": destination of " + capacity
              + " elements is too small for entries [" + start + ", " + stop + ")");
        }
        decode(view.data, view.offset + (int) (before * stride), n, dst, written, target);
        written += n;
      }
      e = hi > e ? hi : b1;
      b++;
    }
    return written;
  }

  /** Reads one leaf of a leaf list: {@code elementsPerEntry()} elements at the same place in every entry. */
  private int readColumn(long start, long stop, Object dst, Decode.Target target, EntryLayout.LeafColumn column)
      throws IOException {
    int per = elementsPerEntry();
    if ((stop - start) * per > java.lang.reflect.Array.getLength(dst)) {
      throw new IllegalArgumentException(describe() + ": destination of " + java.lang.reflect.Array.getLength(dst)
          + " elements is too small for entries [" + start + ", " + stop + ")");
    }
    int written = 0;
    ThreadBuffers buffers = ThreadBuffers.get();
    for (int b = basketContaining(start); b < embedded.length && basketStarts[b] < stop; b++) {
      long b0 = basketStarts[b];
      long b1 = basketStarts[b + 1];
      long lo = Math.max(start, b0);
      long hi = Math.min(stop, b1);
      if (hi <= lo) {
        continue;
      }
      BasketView view = load(b, b1 - b0, (b1 - b0) * column.entryBytes(), buffers, lo > b0 || hi < b1);
      for (long e = lo; e < hi; e++) {
        decode(view.data, view.offset + (int) ((e - b0) * column.entryBytes()) + column.offset(), per, dst, written,
            target);
        written += per;
      }
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

  void decode(byte[] src, int off, int n, Object dst, int at, Decode.Target target) {
    if (real != null) {
      real.decode(src, off, n, dst, at);
      return;
    }
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

  int basketContaining(long entry) {
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

  String basketWhere(int b) {
    return describe() + ", basket " + b;
  }

  /** Where a basket read is, for error messages; the text is only built if one is thrown. */
  private record BasketPlace(Branch branch, int basket) {
    @Override
    public String toString() {
      return branch.basketWhere(basket);
    }
  }

  /**
   * The decoded entry data of one basket, starting at {@code data[offset]}: {@code border} bytes of
   * entries, then up to {@code objectEnd} the entry-offset trailer of an on-disk basket; the key
   * header was {@code keyLength} bytes, which the trailer's offsets count in.
   */
  record BasketView(byte[] data, int offset, int border, int objectEnd, int keyLength) {}

  /**
   * Basket {@code b} of a branch whose entries vary in size, with where each entry starts. The
   * last basket loaded is kept per thread, so counting, offsets and values cost one decompression.
   */
  EntryStarts loadEntries(int b) throws IOException {
    ThreadBuffers buffers = ThreadBuffers.get();
    EntryStarts cached = buffers.cachedEntries(this, b);
    if (cached != null) {
      return cached;
    }
    Object where = new BasketPlace(this, b);
    int n = (int) (basketStarts[b + 1] - basketStarts[b]);
    BasketView view = load(b, n, -1, buffers, false);
    EntryStarts out = buffers.entriesFor(view.border, n);
    int[] starts = out.starts();
    EmbeddedBasket emb = embedded[b];
    if (emb != null) {
      if (emb.offsets() == null || emb.offsets().length != n) {
        throw new RootFormatException(where + ": is stored in the tree metadata without the offsets of its "
            + n + " entries");
      }
      System.arraycopy(emb.offsets(), 0, starts, 0, n);
    } else {
      if (view.objectEnd - view.border < 4 + 4L * n) {
        throw new RootFormatException(where + ": has no entry offsets after its " + view.border + " data bytes");
      }
      ByteReader trailer = new ByteReader(view.data, view.offset + view.border, view.offset + view.objectEnd, 0, where);
      int count = trailer.i4();
      if (count != n + 1 && count != n) {
        throw new RootFormatException(where + ": lists " + count + " entry offsets for " + n + " entries");
      }
      for (int i = 0; i < n; i++) {
        starts[i] = trailer.i4() - view.keyLength;
      }
    }
    starts[n] = view.border;
    for (int i = 0; i < n; i++) {
      if (starts[i] < 0 || starts[i] > starts[i + 1] || (i == 0 && starts[0] != 0)) {
        throw new RootFormatException(where + ": entry " + (basketStarts[b] + i) + " starts at byte " + starts[i]
            + ", outside the entries' " + view.border + " bytes or before the entry preceding it");
      }
    }
    System.arraycopy(view.data, view.offset, out.data(), 0, view.border);
    buffers.cacheEntries(this, b);
    return out;
  }

  /**
   * Loads basket {@code b}, which the branch index says holds {@code expectedEntries} entries of
   * {@code expectedBytes} data bytes in all (-1 when entries vary in size and the basket says how many
   * bytes they take). Both are checked against the basket's own header before anything is sized
   * from them or decompressed. A basket read only in {@code part} is decompressed into an array of
   * its own and kept for the thread's next read, which, reading on in order, starts inside it.
   */
  private BasketView load(int b, long expectedEntries, long expectedBytes, ThreadBuffers buffers, boolean part)
      throws IOException {
    if (part) {
      BasketView kept = buffers.carried(this, b);
      if (kept != null) {
        return kept;
      }
    }
    Object where = new BasketPlace(this, b);
    EmbeddedBasket emb = embedded[b];
    if (emb != null) {
      if (emb.entries() != expectedEntries || (expectedBytes >= 0 && emb.data().length != expectedBytes)) {
        throw new RootFormatException(where + ": holds " + emb.entries() + " entries in " + emb.data().length
            + " bytes, expected " + expectedEntries + (expectedBytes >= 0 ? " in " + expectedBytes : ""));
      }
      return new BasketView(emb.data(), 0, emb.data().length, emb.data().length, 0);
    }
    int stored = basketBytes[b];
    file.checkSpan(basketSeeks[b], stored, where);
    byte[] raw = buffers.raw(stored);
    file.readInto(basketSeeks[b], raw, stored, where);
    ByteReader head = new ByteReader(raw, 0, stored, 0, where);
    Key key = Key.read(head, nameBytes);
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
    long border = (long) header.last() - keylen;
    if (expectedBytes >= 0 ? border != expectedBytes : border < 0) {
      throw new RootFormatException(where + ": holds " + border + " data bytes for " + expectedEntries
          + " entries, which need " + expectedBytes);
    }
    // What may follow the data is an entry-offset trailer (a count and one int per entry) and its twin
    // for displacements; a longer object is corrupt and must not size the decompression buffer.
    if (objlen < border || objlen - border > 8 + 8 * (expectedEntries + 1)) {
      throw new RootFormatException(where + ": object of " + objlen + " bytes does not fit " + border
          + " data bytes and the entry offsets of " + expectedEntries + " entries");
    }
    if (!key.isCompressed()) {
      return new BasketView(raw, keylen, (int) border, objlen, keylen);
    }
    long declared = Decompressor.declaredSize(raw, keylen, stored - keylen, where);
    if (declared != objlen) {
      throw new RootFormatException(where + ": compressed blocks declare " + declared + " bytes, the key says " + objlen);
    }
    byte[] data = part ? buffers.carryArray(this, objlen) : buffers.decoded(objlen);
    buffers.decompressor.decompress(raw, keylen, stored - keylen, data, 0, objlen, where);
    BasketView view = new BasketView(data, 0, (int) border, objlen, keylen);
    if (part) {
      buffers.carry(this, b, view);
    }
    return view;
  }

  @Override
  public String toString() {
    return "Branch[" + name + " " + typeName() + (isJagged() ? "[" + (counter == null ? "" : counter.name()) + "]" : "") + "]";
  }
}
