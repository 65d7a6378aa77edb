package org.cortado.rootio;

import java.nio.charset.StandardCharsets;

/**
 * Reads the little-endian integers, strings and frames of an RNTuple envelope (BinaryFormatSpecification
 * §Basic Types, §Frames). Every read is checked against the current frame's end, so a lying size or count
 * ends in a {@link RootFormatException} naming {@code where}, never in an out-of-bounds read or a huge
 * allocation.
 */
final class LittleEndianReader {
  private final byte[] data;
  private final Object where;
  private int pos;
  private int end;

  LittleEndianReader(byte[] data, int pos, int end, Object where) {
    this.data = data;
    this.pos = pos;
    this.end = end;
    this.where = where;
  }

  private void need(int n, String what) throws RootFormatException {
    if (n < 0 || n > end - pos) {
      throw new RootFormatException(where + ": " + what + " needs " + n + " bytes at offset " + pos + ", only "
          + (end - pos) + " remain");
    }
  }

  int u16(String what) throws RootFormatException {
    need(2, what);
    int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
    pos += 2;
    return v;
  }

  int i32(String what) throws RootFormatException {
    need(4, what);
    int v = ByteReader.getInt(data, pos);
    pos += 4;
    return Integer.reverseBytes(v);
  }

  long i64(String what) throws RootFormatException {
    need(8, what);
    long v = (i32(what) & 0xFFFFFFFFL);
    return v | (long) i32(what) << 32;
  }

  double f64(String what) throws RootFormatException {
    return Double.longBitsToDouble(i64(what));
  }

  String string(String what) throws RootFormatException {
    int n = i32(what + " length");
    need(n, what);
    String s = new String(data, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  /** Enters a record frame and returns the position after it, to pass to {@link #leave}. */
  int record(String what) throws RootFormatException {
    int start = pos;
    long size = i64(what + " frame size");
    if (size < 8 || size > end - start) {
      throw new RootFormatException(where + ": " + what + " record frame claims " + size + " bytes, "
          + (end - start) + " remain (or it is a list frame)");
    }
    return start + (int) size;
  }

  /** A list frame entered: its item count and the position after it. */
  record Frame(int items, int end) {}

  /**
   * Enters a list frame whose items take at least {@code minItemBytes} each; the caller reads the items
   * and then {@link #leave}s the frame at its end, skipping whatever a newer writer appended.
   */
  Frame list(String what, int minItemBytes) throws RootFormatException {
    int start = pos;
    long size = i64(what + " frame size");
    if (size >= 0 || -size < 12 || -size > end - start) {
      throw new RootFormatException(where + ": " + what + " list frame claims " + (-size) + " bytes, "
          + (end - start) + " remain (or it is a record frame)");
    }
    long items = i32(what + " item count") & 0xFFFFFFFFL;
    long frameEnd = start - size;
    if (items * Math.max(1, minItemBytes) > frameEnd - pos) {
      throw new RootFormatException(where + ": " + what + " list frame counts " + items + " items, more than its "
          + (-size) + " bytes can hold");
    }
    return new Frame((int) items, (int) frameEnd);
  }

  /** Moves past the end of a frame, checking that its items did not run beyond it. */
  void leave(int frameEnd, String what) throws RootFormatException {
    if (pos > frameEnd) {
      throw new RootFormatException(where + ": " + what + " items run " + (pos - frameEnd) + " bytes past their frame");
    }
    pos = frameEnd;
  }

}
