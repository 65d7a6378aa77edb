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
final class TreeParser extends ObjectReader {
  /** Branch classes whose objects are skipped, not read; they may stand in a list of branches. */
  private static final Set<String> UNREAD_BRANCH_CLASSES = Set.of("TBranchClones", "TBranchSTL", "TBranchRef");

  private final RootFile file;
  private final String treePath;
  private final List<Branch> allBranches = new ArrayList<>();
  private long treeEntries;
  private final Set<Branch> placed = Collections.newSetFromMap(new IdentityHashMap<>());

  private TreeParser(ByteReader r, RootFile file, String treePath) {
    super(r);
    this.file = file;
    this.treePath = treePath;
  }

  /** Parses a tree record; {@code className} is its key's class: TTree, TNtuple or TNtupleD. */
  static TTree parse(ByteReader r, RootFile file, String treePath, String className) throws RootFormatException {
    TreeParser parser = new TreeParser(r, file, treePath);
    if (className.equals("TTree")) {
      return parser.tree();
    }
    // A TNtuple is a TTree base followed by fNvar; its branches are plain float or double ones.
    Header h = parser.header();
    TTree tree = parser.tree();
    parser.skipTo(h);
    return tree;
  }

  private TTree tree() throws RootFormatException {
    Header h = header();
    int v = h.version();
    if (v != 5 && (v < 16 || v > 20)) {
      throw r.error("TTree version " + v + " is not supported (5 and 16 to 20 are)");
    }
    String[] named = tnamed();
    skipObject(); // TAttLine
    skipObject(); // TAttFill
    skipObject(); // TAttMarker
    if (v == 5) {
      // ROOT 4's layout, still written by g4tools: counts as doubles, then seven ints.
      double count = r.f8();
      r.skip(8 * 3 + 4 * 7);
      if (!(count >= 0 && count <= Long.MAX_VALUE && count == Math.rint(count))) {
        throw r.error("entry count " + count + " is not a whole number");
      }
      return finishTree(h, named, (long) count);
    }
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
    return finishTree(h, named, entries);
  }

  /** Reads the branches that follow the tree's counts and checks them against {@code entries}. */
  private TTree finishTree(Header h, String[] named, long entries) throws RootFormatException {
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

  @Override
  Object readObject(String className, int end) throws RootFormatException {
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
      leaf = leafBase(className, outer, Leaf.NO_ELEMENT_TYPE);
    } else {
      Header base = header();
      leaf = leafBase(className, base, Leaf.NO_ELEMENT_TYPE);
      if (className.equals("TLeafElement")) {
        r.skip(4); // fID
        leaf = leaf.withElementType(r.i4());
      }
    }
    skipTo(outer); // fMinimum, fMaximum and other subclass members are not needed for reading.
    return leaf;
  }

  private Leaf leafBase(String className, Header h, int elementType) throws RootFormatException {
    String[] named = tnamed();
    int length = r.i4();
    int lengthType = r.i4();
    r.skip(4); // fOffset
    boolean isRange = r.u1() != 0;
    boolean unsigned = r.u1() != 0;
    Object count = objectAny();
    skipTo(h);
    return new Leaf(className, named[0], named[1], length, lengthType, unsigned, isRange,
        count instanceof Leaf l ? l : null, elementType);
  }

  /**
   * TBranchElement and TBranchObject: a TBranch base, then, for a TBranchElement, the members that say
   * what it holds (uproot's models/TBranch.py; fClassVersion became a short in version 10).
   */
  private Branch branchWithBase(String className) throws RootFormatException {
    Header h = header();
    Header base = header();
    ElementInfo element = null;
    if (className.equals("TBranchElement") && base.end() >= 0) {
      // The members are read before the base so that the branch is built knowing them.
      skipTo(base);
      String elementClass = r.string();
      String parentName = r.string();
      r.skipString(); // fClonesName
      r.skip(4); // fCheckSum
      r.skip(h.version() >= 10 ? 2 : 4); // fClassVersion
      int id = r.i4();
      int type = r.i4();
      int streamerType = r.i4();
      element = new ElementInfo(elementClass, parentName, id, type, streamerType);
    }
    r.seek(base.start());
    Branch branch = branch(className, element);
    skipTo(h);
    return branch;
  }

  private Branch branch(String className) throws RootFormatException {
    return branch(className, null);
  }

  private Branch branch(String className, ElementInfo element) throws RootFormatException {
    Header h = header();
    int v = h.version();
    if (v != 8 && (v < 10 || v > 13)) {
      throw r.error("TBranch version " + v + " is not supported (8 and 10 to 13 are)");
    }
    // Version 8 (ROOT 4, g4tools) has 32-bit entry numbers and seeks and counts as doubles.
    boolean old = v == 8;
    String[] named = tnamed();
    skipObject(); // TAttFill
    int compress = r.i4();
    r.skip(4); // fBasketSize
    int entryOffsetLen = r.i4();
    int writeBasket = r.i4();
    r.skip(old ? 4 : 8); // fEntryNumber
    if (v >= 13) {
      skipObject(); // ROOT::TIOFeatures
    }
    r.skip(4); // fOffset
    int maxBaskets = r.i4();
    r.skip(4); // fSplitLevel
    long entries = old ? wholeCount(r.f8()) : r.i8();
    if (v >= 11) {
      r.skip(8); // fFirstEntry
    }
    long totBytes = old ? wholeCount(r.f8()) : r.i8();
    long zipBytes = old ? wholeCount(r.f8()) : r.i8();
    String where = r.where() + ", branch '" + named[0] + "'";
    List<Branch> children = branchArray(named[0]);
    List<Leaf> leaves = new ArrayList<>();
    for (Object o : objArray()) {
      if (o instanceof Leaf l) {
        leaves.add(l);
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
    int wide = old ? 4 : 8;
    long[] basketEntry = new long[basketArray(maxBaskets, kept, writeBasket, wide, "fBasketEntry", where)];
    for (int i = 0; i < basketEntry.length; i++) {
      basketEntry[i] = old ? r.i4() : r.i8();
    }
    skipRest(maxBaskets, basketEntry.length, wide);
    long[] basketSeek = new long[basketArray(maxBaskets, kept, writeBasket, wide, "fBasketSeek", where)];
    for (int i = 0; i < basketSeek.length; i++) {
      basketSeek[i] = old ? r.u4() : r.i8();
    }
    skipRest(maxBaskets, basketSeek.length, wide);
    skipTo(h);
    Branch branch = Branch.fromStreamer(file, treePath, className, named[0], named[1], leaves, element, compress,
        entryOffsetLen, entries, treeEntries, totBytes, zipBytes, writeBasket, basketBytes, basketEntry,
        basketSeek, embedded, children);
    allBranches.add(branch);
    return branch;
  }

  /** A count stored as a double by old writers; anything but a whole number becomes -1, which is refused. */
  private static long wholeCount(double count) {
    return count >= 0 && count <= Long.MAX_VALUE && count == Math.rint(count) ? (long) count : -1;
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
    int[] starts = null;
    if ((long) nevBufSize * nevBuf + keylen != last) {
      // Variable-size entries: an offset array precedes the data, counted from the key's start.
      int n = r.i4();
      if (n != nevBuf) {
        throw r.error("embedded basket offset array has " + n + " entries, the basket has " + nevBuf);
      }
      starts = new int[r.arrayLength(n, 4, "embedded basket offsets")];
      for (int i = 0; i < n; i++) {
        starts[i] = r.i4() - keylen;
      }
      if (flag % 80 > 40) {
        r.skip(4 * r.arrayLength(r.i4(), 4, "embedded basket displacements"));
      }
    }
    r.skip(keylen);
    if (border < 0) {
      throw r.error("embedded basket ends before its key (fLast " + last + ")");
    }
    byte[] data = new byte[r.arrayLength(border, 1, "embedded basket data")];
    for (int i = 0; i < border; i++) {
      data[i] = r.i1();
    }
    return new EmbeddedBasket(nevBuf, data, starts);
  }
}
