package org.cortado.rootio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the objects of one ROOT record as ROOT's TBufferFile wrote them: byte counts and versions,
 * TObject and TNamed bases, TObjArrays, and object pointers with their class and object references,
 * which are resolved through a map from key-relative positions. Subclasses say which classes they
 * read; objects of other classes are skipped by their byte counts.
 */
abstract class ObjectReader {
  private static final long BYTE_COUNT_MASK = 0x40000000L;
  private static final long NEW_CLASS_TAG = 0xFFFFFFFFL;
  private static final long CLASS_MASK = 0x80000000L;
  private static final int MAP_OFFSET = 2;
  /**
   * Real trees nest branches, leaves and baskets a few levels deep; a corrupt record could nest until
   * the stack overflows.
   */
  private static final int MAX_DEPTH = 200;
  final ByteReader r;
  private final Map<Integer, Object> refs = new HashMap<>();
  private int depth;

  /** An object of a class this reader does not read, skipped by its byte count. */
  record Skipped(String className) {}

  /** A byte count and version: the object ends at {@code end}. */
  record Header(int start, int end, int version) {}

  Header header() throws RootFormatException {
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

  void skipTo(Header h) throws RootFormatException {
    if (h.end() >= 0) {
      r.seek(h.end());
    }
  }

  void tobject() throws RootFormatException {
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

  String[] tnamed() throws RootFormatException {
    Header h = header();
    tobject();
    String name = r.string();
    String title = r.string();
    skipTo(h);
    return new String[] {name, title};
  }

  void skipObject() throws RootFormatException {
    Header h = header();
    if (h.end() < 0) {
      throw r.error("cannot skip an object without a byte count");
    }
    skipTo(h);
  }

  List<Object> objArray() throws RootFormatException {
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

  Object objectAny() throws RootFormatException {
    if (++depth > MAX_DEPTH) {
      throw r.error("objects nest more than " + MAX_DEPTH + " deep");
    }
    try {
      return objectAnyAtDepth();
    } finally {
      depth--;
    }
  }

  Object objectAnyAtDepth() throws RootFormatException {
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


  /** Reads an object of {@code className} whose byte count ends at {@code end} (-1 if it has none). */
  abstract Object readObject(String className, int end) throws RootFormatException;

  ObjectReader(ByteReader r) {
    this.r = r;
  }
}
