package org.cortado.rootio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deserializes a TTree record into {@link TTree} and {@link Branch} objects, using the fixed member
 * layouts of TTree v16-20, TBranch v10-13 and the TLeaf classes (ROOT-FORMAT.md §2). Objects of other
 * classes are skipped by their byte counts. Object references are resolved through a map from
 * key-relative positions, exactly as ROOT's TBufferFile numbers them.
 */
final class TreeParser {
  private static final long BYTE_COUNT_MASK = 0x40000000L;
  private static final long NEW_CLASS_TAG = 0xFFFFFFFFL;
  private static final long CLASS_MASK = 0x80000000L;
  private static final int MAP_OFFSET = 2;
  /**
   * Real trees nest branches, leaves and baskets a few levels deep; a corrupt record could nest until
   * the stack overflows.
   */
  private static final int MAX_DEPTH = 200;
  /** Branch classes whose objects are skipped, not read; they may stand in a list of branches. */
  private static final Set<String> UNREAD_BRANCH_CLASSES = Set.of("TBranchClones", "TBranchSTL", "TBranchRef");

  /** An object of a class this reader does not read, skipped by its byte count. */
  private record Skipped(String className) {}

  private final ByteReader r;
  private final RootFile file;
  private final String treePath;
  private final Map<Integer, Object> refs = new HashMap<>();
  private final List<Branch> allBranches = new ArrayList<>();
  private int depth;
  private long treeEntries;
  private final Set<Branch> placed = Collections.newSetFromMap(new IdentityHashMap<>());

  private TreeParser(ByteReader r, RootFile file, String treePath) {
    this.r = r;
    this.file = file;
    this.treePath = treePath;
  }

  static TTree parse(ByteReader r, RootFile file, String treePath) throws RootFormatException {
    return new TreeParser(r, file, treePath).tree();
  }

  /** A byte count and version: the object ends at {@code end}. */
  private record Header(int start, int end, int version) {}

  private Header header() throws RootFormatException {
    int start = r.position();
    long word = r.u4();
    if ((word & BYTE_COUNT_MASK) != 0) {
      int count = (int) (word & ~BYTE_COUNT_MASK & 0xFFFFFFFFL);
      if (count < 2 || count > r.remaining()) {
        throw r.error("object byte count " + count + " exceeds the " + (r.remaining()) + " bytes left");
      }
      return new Header(start, start + 4 + count, r.u2());
    }
    // Very old layout: no byte count, the first two bytes are the version.
    r.seek(start);
    return new Header(start, -1, r.u2());
  }

  private void skipTo(Header h) throws RootFormatException {
    if (h.end() >= 0) {
      r.seek(h.end());
    }
  }

  private void tobject() throws RootFormatException {
    int version = r.u2();
    if ((version & 0x4000) != 0) {
      r.skip(4);
    }
    r.skip(4); // fUniqueID
    long bits = r.u4();
    if ((bits & 0x10) != 0) {
      r.skip(2);
    }
  }

  private String[] tnamed() throws RootFormatException {
    Header h = header();
    tobject();
    String name = r.string();
    String title = r.string();
    skipTo(h);
    return new String[] {name, title};
  }

  private void skipObject() throws RootFormatException {
    Header h = header();
    if (h.end() < 0) {
      throw r.error("cannot skip an object without a byte count");
    }
    skipTo(h);
  }

  private TTree tree() throws RootFormatException {
    Header h = header();
    int v = h.version();
    if (v < 16 || v > 20) {
      throw r.error("TTree version " + v + " is not supported (16 to 20 are)");
    }
    String[] named = tnamed();
    skipObject(); // TAttLine
    skipObject(); // TAttFill
    skipObject(); // TAttMarker
    long entries = r.i8();
    r.skip(8 * 3); // fTotBytes, fZipBytes, fSavedBytes
    if (v >= 18) {
      r.skip(8); // fFlushedBytes
    }
    r.skip(8 + 4 * 3); // fWeight, fTimerInterval, fScanField, fUpdate
    int clusterRanges = 0;
    if (v >= 17) {
      r.skip(4); // fDefaultEntryOffsetLen
    }
    if (v >= 19) {
      clusterRanges = r.i4();
    }
    r.skip(8 * 4); // fMaxEntries, fMaxEntryLoop, fMaxVirtualSize, fAutoSave
    if (v >= 18) {
      r.skip(8); // fAutoFlush
    }
    r.skip(8); // fEstimate
    if (v >= 19) {
      for (int i = 0; i < 2; i++) {
        if (r.u1() != 0) {
          r.skip(8 * r.arrayLength(clusterRanges, 8, "fClusterRangeEnd/fClusterSize"));
        }
      }
    }
    if (v >= 20) {
      skipObject(); // ROOT::TIOFeatures
    }
    if (entries < 0) {
      throw r.error("negative entry count " + entries);
    }
    treeEntries = entries;
    List<Branch> top = branchArray(named[0]);
    // fLeaves, aliases and the rest are not needed: the TTree's byte count takes us to its end.
    skipTo(h);
    long stored = 0;
    for (Branch b : allBranches) {
      stored = Math.max(stored, b.storedEntries());
    }
    if (entries != stored) {
      // Callers size arrays from the entry count, so it must be backed by real baskets; and a tree
      // that claims fewer entries than its branches hold would have callers read them short.
      throw r.error("the tree claims " + entries + " entries but its branches hold " + stored);
    }
    return new TTree(file, treePath, named[1], entries, top, allBranches);
  }

  /**
   * A TObjArray of branches. Every item must be a branch read here, or of a branch class this reader
   * skips; a null, another object or a branch listed twice means the array is corrupt, and
   * dropping the item would hide a branch.
   */
  private List<Branch> branchArray(String owner) throws RootFormatException {
    List<Branch> branches = new ArrayList<>();
    for (Object o : objArray()) {
      if (o instanceof Branch b && placed.add(b)) {
        branches.add(b);
      } else if (!(o instanceof Skipped skipped && UNREAD_BRANCH_CLASSES.contains(skipped.className()))) {
        throw r.error("'" + owner + "' lists " + (o instanceof Branch b ? "branch '" + b.name() + "' twice"
            : o == null ? "a null" : "a " + o) + " among its branches");
      }
    }
    return branches;
  }

  private List<Object> objArray() throws RootFormatException {
    Header h = header();
    if (h.version() > 3) {
      throw r.error("TObjArray version " + h.version() + " is not one ROOT writes (1 to 3)");
    }
    if (h.version() > 2) {
      tobject();
    }
    r.string(); // fName
    int size = r.i4();
    r.skip(4); // fLowerBound
    size = r.arrayLength(size, 4, "TObjArray");
    List<Object> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(objectAny());
    }
    if (h.end() >= 0 && r.position() != h.end()) {
      // Nothing follows the items, so a count that disagrees with the byte count is corrupt.
      throw r.error("TObjArray of " + size + " items ends at offset " + r.position() + ", its byte count says "
          + h.end());
    }
    return items;
  }

  private Object objectAny() throws RootFormatException {
    if (++depth > MAX_DEPTH) {
      throw r.error("objects nest more than " + MAX_DEPTH + " deep");
    }
    try {
      return objectAnyAtDepth();
    } finally {
      depth--;
    }
  }

  private Object objectAnyAtDepth() throws RootFormatException {
    int beg = r.keyPosition();
    long word = r.u4();
    boolean counted = (word & BYTE_COUNT_MASK) != 0 && word != NEW_CLASS_TAG;
    int start = 0;
    long tag = word;
    int end = -1;
    if (counted) {
      int count = (int) (word & ~BYTE_COUNT_MASK & 0xFFFFFFFFL);
      if (count < 4 || count > r.remaining()) {
        throw r.error("object byte count " + count + " exceeds the " + r.remaining() + " bytes left");
      }
      end = r.position() + count;
      start = r.keyPosition();
      tag = r.u4();
    }
    if ((tag & CLASS_MASK) == 0) {
      if (tag == 0) {
        return null;
      }
      Object known = refs.get((int) tag);
      if (known instanceof String) {
        // Class names share the table but are only ever referred to with the class mask.
        throw r.error("object reference " + tag + " points at the class " + known);
      }
      if (end >= 0) {
        r.seek(end);
      }
      return known;
    }
    String className;
    if (tag == NEW_CLASS_TAG) {
      className = r.cString();
      if (counted) {
        refs.put(start + MAP_OFFSET, className);
      } else {
        refs.put(refs.size() + 1, className);
      }
    } else {
      Object cls = refs.get((int) (tag & ~CLASS_MASK));
      if (!(cls instanceof String name)) {
        throw r.error("reference to unknown class tag " + (tag & ~CLASS_MASK));
      }
      className = name;
    }
    Object obj = readObject(className, end);
    if (end >= 0) {
      r.seek(end);
    }
    if (counted) {
      refs.put(beg + MAP_OFFSET, obj);
    } else {
      refs.put(refs.size() + 1, obj);
    }
    return obj;
  }

  private Object readObject(String className, int end) throws RootFormatException {
    switch (className) {
      case "TBranch":
        return branch(className);
      case "TBranchElement":
      case "TBranchObject":
        return branchWithBase(className);
      case "TBasket":
        return embeddedBasket();
      default:
        if (className.startsWith("TLeaf")) {
          return leaf(className);
        }
        if (end < 0) {
          throw r.error("object of class " + className + " has no byte count and cannot be skipped");
        }
        return new Skipped(className);
    }
  }

  private Leaf leaf(String className) throws RootFormatException {
    Header outer = header();
    Leaf leaf;
    if (className.equals("TLeaf")) {
      leaf = leafBase(className, outer);
    } else {
      leaf = leafBase(className, header());
    }
    skipTo(outer); // fMinimum, fMaximum and subclass members are not needed for reading.
    return leaf;
  }

  private Leaf leafBase(String className, Header h) throws RootFormatException {
    String[] named = tnamed();
    int length = r.i4();
    int lengthType = r.i4();
    r.skip(4); // fOffset
    boolean isRange = r.u1() != 0;
    boolean unsigned = r.u1() != 0;
    Object count = objectAny();
    skipTo(h);
    return new Leaf(className, named[0], named[1], length, lengthType, unsigned, isRange,
        count instanceof Leaf l ? l : null);
  }

  /** TBranchElement and TBranchObject: a TBranch base we read, then members we skip. */
  private Branch branchWithBase(String className) throws RootFormatException {
    Header h = header();
    Branch base = branch(className);
    skipTo(h);
    return base;
  }

  private Branch branch(String className) throws RootFormatException {
    Header h = header();
    int v = h.version();
    if (v < 10 || v > 13) {
      throw r.error("TBranch version " + v + " is not supported (10 to 13 are)");
    }
    String[] named = tnamed();
    skipObject(); // TAttFill
    int compress = r.i4();
    r.skip(4); // fBasketSize
    int entryOffsetLen = r.i4();
    int writeBasket = r.i4();
    r.skip(8); // fEntryNumber
    if (v >= 13) {
      skipObject(); // ROOT::TIOFeatures
    }
    r.skip(4); // fOffset
    int maxBaskets = r.i4();
    r.skip(4); // fSplitLevel
    long entries = r.i8();
    if (v >= 11) {
      r.skip(8); // fFirstEntry
    }
    long totBytes = r.i8();
    long zipBytes = r.i8();
    String where = r.where() + ", branch '" + named[0] + "'";
    List<Branch> children = branchArray(named[0]);
    Leaf leaf = null;
    for (Object o : objArray()) {
      if (o instanceof Leaf l && leaf == null) {
        leaf = l;
      }
    }
    List<EmbeddedBasket> embedded = new ArrayList<>();
    for (Object o : objArray()) {
      if (o instanceof EmbeddedBasket b) {
        embedded.add(b);
      }
    }
    if (maxBaskets < 0 || writeBasket < 0 || writeBasket > maxBaskets) {
      throw new RootFormatException(where + ": basket counts fWriteBasket " + writeBasket
          + " / fMaxBaskets " + maxBaskets + " are inconsistent");
    }
    if (entries < 0) {
      throw new RootFormatException(where + ": negative entry count " + entries);
    }
    // Only the written baskets and the start of the next one are ever used; the arrays' stored
    // length is checked against the record before anything is allocated.
    int kept = Math.min(maxBaskets, writeBasket + 1);
    int[] basketBytes = new int[basketArray(maxBaskets, kept, writeBasket, 4, "fBasketBytes", where)];
    for (int i = 0; i < basketBytes.length; i++) {
      basketBytes[i] = r.i4();
    }
    skipRest(maxBaskets, basketBytes.length, 4);
    long[] basketEntry = new long[basketArray(maxBaskets, kept, writeBasket, 8, "fBasketEntry", where)];
    for (int i = 0; i < basketEntry.length; i++) {
      basketEntry[i] = r.i8();
    }
    skipRest(maxBaskets, basketEntry.length, 8);
    long[] basketSeek = new long[basketArray(maxBaskets, kept, writeBasket, 8, "fBasketSeek", where)];
    for (int i = 0; i < basketSeek.length; i++) {
      basketSeek[i] = r.i8();
    }
    skipRest(maxBaskets, basketSeek.length, 8);
    skipTo(h);
    Branch branch = Branch.fromStreamer(file, treePath, className, named[0], named[1], leaf, compress,
        entryOffsetLen, entries, treeEntries, totBytes, zipBytes, writeBasket, basketBytes, basketEntry,
        basketSeek, embedded, children);
    allBranches.add(branch);
    return branch;
  }

  /**
   * Reads the flag byte before a basket array of {@code stored} elements, checks that they fit in the
   * record, and returns how many of them to keep (none when the array is absent). A branch that wrote
   * baskets must have the array.
   */
  private int basketArray(int stored, int kept, int written, int width, String what, String where)
      throws RootFormatException {
    if (r.u1() == 0) {
      if (written > 0) {
        throw new RootFormatException(where + ": " + written + " baskets were written but " + what + " is absent");
      }
      return 0;
    }
    if ((long) stored * width > r.remaining()) {
      throw new RootFormatException(where + ": " + what + " claims " + stored + " baskets but only " + r.remaining()
          + " bytes are left in the record");
    }
    return kept;
  }

  /** Skips the stored elements of a present basket array beyond the {@code kept} ones read. */
  private void skipRest(int stored, int kept, int width) throws RootFormatException {
    if (kept > 0) {
      r.skip(width * (stored - kept));
    }
  }

  /** A TBasket streamed into its branch's fBaskets array (no byte count of its own). */
  private EmbeddedBasket embeddedBasket() throws RootFormatException {
    Key key = Key.read(r);
    int keylen = key.keyLength();
    BasketHeader bh = BasketHeader.read(r);
    int nevBufSize = bh.entrySize();
    int nevBuf = bh.entries();
    int last = bh.last();
    int flag = bh.flag();
    if (flag == 0 || nevBuf < 0) {
      return null; // a header without data: the basket lives on disk
    }
    int border = last - keylen;
    if ((long) nevBufSize * nevBuf + keylen != last) {
      // Variable-size entries: an offset array precedes the data. Jagged branches are read through
      // their counter, so the offsets are only checked and skipped.
      int n = r.i4();
      if (n != nevBuf) {
        throw r.error("embedded basket offset array has " + n + " entries, the basket has " + nevBuf);
      }
      r.skip(4 * r.arrayLength(n, 4, "embedded basket offsets"));
    }
    r.skip(keylen);
    if (border < 0) {
      throw r.error("embedded basket ends before its key (fLast " + last + ")");
    }
    byte[] data = new byte[r.arrayLength(border, 1, "embedded basket data")];
    for (int i = 0; i < border; i++) {
      data[i] = r.i1();
    }
    return new EmbeddedBasket(nevBuf, data);
  }
}
