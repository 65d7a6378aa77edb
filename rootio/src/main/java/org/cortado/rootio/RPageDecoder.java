package org.cortado.rootio;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Decodes the pages of one column in one cluster into fixed-width little-endian elements
 * ({@link RColumnType#decodedBytes}): pages are decompressed with the ROOT block format, then their bytes
 * unsplit, zigzag and per-page delta decoded, bits unpacked to one byte each, halves, truncated and
 * quantized reals widened to floats, and 32-bit offsets to 64 bits.
 */
final class RPageDecoder {
  static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  static final VarHandle F32 = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

  private RPageDecoder() {}

  /** Bytes a page of {@code n} elements of {@code column} takes uncompressed. */
  static long storedBytes(RColumnRecord column, long n) {
    return (n * column.bits() + 7) / 8;
  }

  /** Decodes page {@code p} of {@code column} in cluster {@code c} ({@code range}) into {@code slot}. */
  static void decode(RootFile file, RColumnRecord column, int c, RPageRange range, int p, RDecodedColumn slot,
      RNTupleBuffers buffers, Object where) throws IOException {
    RColumnType type = column.type();
    int n = range.starts()[p + 1] - range.starts()[p];
    int stored = range.bytes()[p];
    long raw = storedBytes(column, n);
    String page = where + ", page " + p;
    if (stored > raw || stored == 0 && raw > 0) {
      throw new RootFormatException(page + ": " + stored + " stored bytes for " + n + " elements of "
          + column.bits() + " bits (" + raw + " bytes)");
    }
    slot.claim();
    int checksum = range.checksummed()[p] ? 8 : 0;
    byte[] src = buffers.pageBytes(stored + checksum);
    file.readInto(range.seeks()[p], src, stored + checksum, page);
    if (checksum > 0 && (long) I64.get(src, stored) != Xxh3.hash(src, 0, stored)) {
      throw new RootFormatException(page + ": its checksum does not match its contents (corrupt file)");
    }
    byte[] data = src;
    if (stored < raw) {
      long declared = Decompressor.declaredSize(src, 0, stored, page);
      if (declared != raw) {
        throw new RootFormatException(page + ": compressed blocks declare " + declared + " bytes, " + n
            + " elements of " + column.bits() + " bits take " + raw);
      }
      data = buffers.unpacked((int) raw);
      buffers.decompressor().decompress(src, 0, stored, data, 0, (int) raw, page);
    }
    slot.ensure((long) n * type.decodedBytes());
    decodePage(column, data, n, slot.data(), 0);
    if (type.isIndex()) {
      checkOffsets(slot.data(), n, page);
    }
    slot.set(c, p, range.starts()[p], n, type.decoded());
  }

  /** Offsets never decrease within a page (across pages, each page's delta coding starts afresh). */
  private static void checkOffsets(byte[] data, int n, Object where) throws RootFormatException {
    long previous = 0;
    for (int i = 0; i < n; i++) {
      long v = (long) I64.get(data, 8 * i);
      if (v < previous) {
        throw new RootFormatException(where + ": collection offset " + v + " at element " + i + " is below the "
            + "previous " + previous);
      }
      previous = v;
    }
  }

  private static void decodePage(RColumnRecord column, byte[] src, int n, byte[] dst, int at) {
    RColumnType type = column.type();
    switch (type) {
      case BIT -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = (byte) ((src[i >>> 3] >>> (i & 7)) & 1);
        }
      }
      case REAL16, SPLIT_REAL16 -> {
        // Narrow elements are placed first and widened from the last one down, so that none is
        // overwritten before it is read.
        place(src, n, 2, type.isSplit(), dst, at);
        for (int i = n - 1; i >= 0; i--) {
          F32.set(dst, at + 4 * i, halfToFloat((short) I16.get(dst, at + 2 * i)));
        }
      }
      case INDEX32, SPLIT_INDEX32 -> {
        place(src, n, 4, type.isSplit(), dst, at);
        for (int i = n - 1; i >= 0; i--) {
          I64.set(dst, at + 8 * i, (int) I32.get(dst, at + 4 * i) & 0xFFFFFFFFL);
        }
        if (type.isSplit()) {
          undelta(dst, at, n);
        }
      }
      case SPLIT_INDEX64 -> {
        unsplitInto(src, n, 8, dst, at);
        undelta(dst, at, n);
      }
      case REAL32_TRUNC -> {
        int bits = column.bits();
        for (int i = 0; i < n; i++) {
          I32.set(dst, at + 4 * i, (int) (packed(src, (long) i * bits, bits) << (32 - bits)));
        }
      }
      case REAL32_QUANT -> {
        int bits = column.bits();
        double range = column.max() - column.min();
        double steps = (double) ((1L << bits) - 1);
        for (int i = 0; i < n; i++) {
          // The same order of operations as uproot, so that the float rounds the same.
          double v = column.min() + packed(src, (long) i * bits, bits) * range / steps;
          F32.set(dst, at + 4 * i, (float) v);
        }
      }
      default -> {
        int width = type.decodedBytes();
        place(src, n, width, type.isSplit(), dst, at);
        if (type.isZigzag()) {
          unzigzag(dst, at, n, width);
        }
      }
    }
  }

  /** Copies {@code n} elements of {@code width} bytes to {@code dst[at]}, unsplitting them if need be. */
  private static void place(byte[] src, int n, int width, boolean split, byte[] dst, int at) {
    if (split) {
      unsplitInto(src, n, width, dst, at);
    } else {
      System.arraycopy(src, 0, dst, at, n * width);
    }
  }

  /** Delta coding restarts on every page: its first offset is stored whole, each next one as a difference. */
  private static void undelta(byte[] d, int at, int n) {
    long running = 0;
    for (int i = 0; i < n; i++) {
      running += (long) I64.get(d, at + 8 * i);
      I64.set(d, at + 8 * i, running);
    }
  }

  /**
   * Byte {@code b} of element {@code i} is stored at {@code b * n + i}; each element is gathered from
   * its byte streams and written whole.
   */
  private static void unsplitInto(byte[] src, int n, int width, byte[] dst, int at) {
    switch (width) {
      case 2 -> {
        for (int i = 0; i < n; i++) {
          I16.set(dst, at + 2 * i, (short) ((src[i] & 0xFF) | (src[n + i] & 0xFF) << 8));
        }
      }
      case 4 -> {
        for (int i = 0; i < n; i++) {
          I32.set(dst, at + 4 * i, (src[i] & 0xFF) | (src[n + i] & 0xFF) << 8 | (src[2 * n + i] & 0xFF) << 16
              | (src[3 * n + i] & 0xFF) << 24);
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          long v = 0;
          for (int b = 0; b < 8; b++) {
            v |= (long) (src[b * n + i] & 0xFF) << (8 * b);
          }
          I64.set(dst, at + 8 * i, v);
        }
      }
    }
  }

  private static void unzigzag(byte[] d, int at, int n, int width) {
    for (int i = 0; i < n; i++) {
      int p = at + i * width;
      switch (width) {
        case 2 -> {
          int u = (short) I16.get(d, p) & 0xFFFF;
          I16.set(d, p, (short) ((u >>> 1) ^ -(u & 1)));
        }
        case 4 -> {
          int u = (int) I32.get(d, p);
          I32.set(d, p, (u >>> 1) ^ -(u & 1));
        }
        default -> {
          long u = (long) I64.get(d, p);
          I64.set(d, p, (u >>> 1) ^ -(u & 1));
        }
      }
    }
  }

  /** The {@code bits}-bit value starting at bit {@code pos} of a little-endian bit stream. */
  private static long packed(byte[] src, long pos, int bits) {
    int first = (int) (pos >>> 3);
    int shift = (int) (pos & 7);
    long word = 0;
    int last = (int) ((pos + bits - 1) >>> 3);
    for (int b = first; b <= last; b++) {
      word |= (long) (src[b] & 0xFF) << (8 * (b - first));
    }
    return (word >>> shift) & ((1L << bits) - 1);
  }

  /** IEEE 754 half precision to single precision, exactly (every half is a float). */
  static float halfToFloat(short h) {
    int sign = (h & 0x8000) << 16;
    int exponent = (h >>> 10) & 0x1F;
    int mantissa = h & 0x3FF;
    if (exponent == 0x1F) {
      return Float.intBitsToFloat(sign | 0x7F800000 | mantissa << 13);
    }
    if (exponent == 0) {
      float magnitude = mantissa * 0x1p-24f;
      return sign == 0 ? magnitude : -magnitude;
    }
    return Float.intBitsToFloat(sign | (exponent + 112) << 23 | mantissa << 13);
  }
}
