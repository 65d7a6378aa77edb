package org.cortado.rootio.write;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable big-endian byte buffer for serializing ROOT records, with byte counts that are reserved
 * when an object starts and filled in when it ends.
 */
final class Out {
  static final int BYTE_COUNT_MASK = 0x40000000;
  private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private byte[] buf;
  private int pos;

  Out(int capacity) {
    buf = new byte[Math.max(capacity, 16)];
  }

  int size() {
    return pos;
  }

  byte[] array() {
    return buf;
  }

  void reset() {
    pos = 0;
  }

  void truncate(int size) {
    pos = Math.min(pos, size);
  }

  /** Reserves {@code n} bytes to be filled later with {@link #putI4At} or a direct copy. */
  Out skip(int n) {
    ensure(n);
    pos += n;
    return this;
  }

  private void ensure(int n) {
    if (buf.length - pos < n) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
    }
  }

  Out u1(int v) {
    ensure(1);
    buf[pos++] = (byte) v;
    return this;
  }

  Out i2(int v) {
    ensure(2);
    I16.set(buf, pos, (short) v);
    pos += 2;
    return this;
  }

  Out i4(int v) {
    ensure(4);
    I32.set(buf, pos, v);
    pos += 4;
    return this;
  }

  Out i8(long v) {
    ensure(8);
    I64.set(buf, pos, v);
    pos += 8;
    return this;
  }

  Out f4(float v) {
    return i4(Float.floatToRawIntBits(v));
  }

  Out f8(double v) {
    return i8(Double.doubleToRawLongBits(v));
  }

  Out bytes(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, pos, len);
    pos += len;
    return this;
  }

  Out bytes(byte[] b) {
    return bytes(b, 0, b.length);
  }

  /** A TString: one length byte, or 255 and a 4-byte length for long strings. */
  Out string(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    if (b.length < 255) {
      u1(b.length);
    } else {
      u1(255).i4(b.length);
    }
    return bytes(b);
  }

  Out cString(String s) {
    return bytes(s.getBytes(StandardCharsets.ISO_8859_1)).u1(0);
  }

  static int stringSize(String s) {
    int n = s.getBytes(StandardCharsets.ISO_8859_1).length;
    return (n < 255 ? 1 : 5) + n;
  }

  /** Starts an object with a byte count and version; returns the mark {@link #end} needs. */
  int begin(int version) {
    int mark = pos;
    i4(0).i2(version);
    return mark;
  }

  /** Starts a byte-counted region without a version (the wrapper of an object-any). */
  int beginCount() {
    int mark = pos;
    i4(0);
    return mark;
  }

  void end(int mark) {
    I32.set(buf, mark, (pos - mark - 4) | BYTE_COUNT_MASK);
  }

  void putI4At(int at, int v) {
    I32.set(buf, at, v);
  }
}
