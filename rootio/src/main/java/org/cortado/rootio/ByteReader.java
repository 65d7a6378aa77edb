package org.cortado.rootio;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A big-endian cursor over a byte array holding one serialized ROOT record.
 *
 * <p>Positions handed out by {@link #keyPosition()} are relative to the start of the record's key,
 * because that is how ROOT numbers object references inside a record: the payload sits at
 * {@code base} in the array and the key header before it is {@code keyLength} bytes long. Every read
 * is bounds-checked against {@code limit}, so a lying size field ends in an exception naming
 * {@code where}, never in an out-of-bounds read or a huge allocation.
 */
final class ByteReader {
  private final byte[] data;
  private final int base;
  private final int keyLength;
  private final int limit;
  /** Names the record in error messages; its text is only built when an error is thrown. */
  private final Object where;
  private int pos;

  ByteReader(byte[] data, int base, int limit, int keyLength, Object where) {
    this.data = data;
    this.base = base;
    this.limit = limit;
    this.keyLength = keyLength;
    this.where = where;
    this.pos = base;
  }

  static ByteReader of(byte[] data, Object where) {
    return new ByteReader(data, 0, data.length, 0, where);
  }

  String where() {
    return String.valueOf(where);
  }

  int position() {
    return pos;
  }

  /** Position as ROOT's object-reference tables count it: from the start of the enclosing key. */
  int keyPosition() {
    return pos - base + keyLength;
  }

  int remaining() {
    return limit - pos;
  }

  void seek(int position) throws RootFormatException {
    if (position < base || position > limit) {
      throw error("jump to offset " + (position - base) + " outside the record of " + (limit - base) + " bytes");
    }
    pos = position;
  }

  void seekKeyPosition(int keyPos) throws RootFormatException {
    seek(keyPos - keyLength + base);
  }

  void skip(int n) throws RootFormatException {
    need(n);
    pos += n;
  }

  private void need(int n) throws RootFormatException {
    if (n < 0 || n > limit - pos) {
      throw error("needs " + n + " bytes at offset " + (pos - base) + " but the record has " + (limit - pos) + " left");
    }
  }

  RootFormatException error(String problem) {
    return new RootFormatException(where + ": " + problem);
  }

  int u1() throws RootFormatException {
    need(1);
    return data[pos++] & 0xFF;
  }

  byte i1() throws RootFormatException {
    need(1);
    return data[pos++];
  }

  short i2() throws RootFormatException {
    need(2);
    short v = (short) (((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF));
    pos += 2;
    return v;
  }

  int u2() throws RootFormatException {
    return i2() & 0xFFFF;
  }

  int i4() throws RootFormatException {
    need(4);
    int v = getInt(data, pos);
    pos += 4;
    return v;
  }

  long u4() throws RootFormatException {
    return i4() & 0xFFFFFFFFL;
  }

  long i8() throws RootFormatException {
    need(8);
    long v = ((long) getInt(data, pos) << 32) | (getInt(data, pos + 4) & 0xFFFFFFFFL);
    pos += 8;
    return v;
  }

  float f4() throws RootFormatException {
    return Float.intBitsToFloat(i4());
  }

  double f8() throws RootFormatException {
    return Double.longBitsToDouble(i8());
  }

  /** A TString: one length byte, or 255 followed by a 4-byte length, then the characters. */
  String string() throws RootFormatException {
    int n = u1();
    if (n == 255) {
      n = i4();
    }
    need(n);
    String s = new String(data, pos, n, StandardCharsets.ISO_8859_1);
    pos += n;
    return s;
  }

  /** Skips a TString without decoding it. */
  void skipString() throws RootFormatException {
    int n = u1();
    if (n == 255) {
      n = i4();
    }
    skip(n);
  }

  /** Skips a TString, returning whether it holds exactly {@code expected} (ISO-8859-1 bytes). */
  boolean skipStringEqualTo(byte[] expected) throws RootFormatException {
    int n = u1();
    if (n == 255) {
      n = i4();
    }
    need(n);
    boolean equal = Arrays.equals(data, pos, pos + n, expected, 0, expected.length);
    pos += n;
    return equal;
  }

  /** A NUL-terminated class name, as written after a new-class tag. */
  String cString() throws RootFormatException {
    int start = pos;
    while (pos < limit && data[pos] != 0) {
      pos++;
    }
    if (pos >= limit) {
      throw error("unterminated class name at offset " + (start - base));
    }
    String s = new String(data, start, pos - start, StandardCharsets.ISO_8859_1);
    pos++;
    return s;
  }

  /**
   * Checks that an array of {@code count} elements of {@code width} bytes fits in what is left, before
   * the caller allocates it.
   */
  int arrayLength(long count, int width, String what) throws RootFormatException {
    if (count < 0 || count * width > remaining()) {
      throw error(what + " claims " + count + " elements but only " + remaining() + " bytes are left");
    }
    return (int) count;
  }

  static int getInt(byte[] b, int i) {
    return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
  }
}
