package org.cortado.rootio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Copies decoded RNTuple elements (fixed-width little-endian, {@link RPageDecoder}) into a caller's
 * primitive array. As for TTree branches, unsigned values keep their bits at the same width and are
 * zero-extended when widened.
 */
final class RValues {
  private RValues() {}

  static void copy(LeafType src, byte[] d, int from, int n, Decode.Target target, Object dst, int at) {
    switch (target) {
      case FLOAT -> {
        float[] out = (float[]) dst;
        if (src == LeafType.FLOAT32) {
          ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(from, out, at, n);
        } else {
          for (int i = 0; i < n; i++) {
            out[at + i] = (float) doubleAt(src, d, from + i);
          }
        }
      }
      case DOUBLE -> {
        double[] out = (double[]) dst;
        if (src == LeafType.FLOAT64) {
          ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(from, out, at, n);
        } else {
          for (int i = 0; i < n; i++) {
            out[at + i] = doubleAt(src, d, from + i);
          }
        }
      }
      case INT -> {
        int[] out = (int[]) dst;
        if (src == LeafType.INT32 || src == LeafType.UINT32) {
          ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(from, out, at, n);
        } else {
          for (int i = 0; i < n; i++) {
            out[at + i] = (int) longAt(src, d, from + i);
          }
        }
      }
      case BOOLEAN -> {
        boolean[] out = (boolean[]) dst;
        for (int i = 0; i < n; i++) {
          out[at + i] = longAt(src, d, from + i) != 0;
        }
      }
      case SHORT -> {
        short[] out = (short[]) dst;
        if (src == LeafType.INT16 || src == LeafType.UINT16) {
          ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(from, out, at, n);
        } else {
          for (int i = 0; i < n; i++) {
            out[at + i] = (short) longAt(src, d, from + i);
          }
        }
      }
      case LONG -> {
        long[] out = (long[]) dst;
        if (src == LeafType.INT64 || src == LeafType.UINT64) {
          ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(from, out, at, n);
        } else {
          for (int i = 0; i < n; i++) {
            out[at + i] = longAt(src, d, from + i);
          }
        }
      }
      case BYTE -> {
        byte[] out = (byte[]) dst;
        for (int i = 0; i < n; i++) {
          out[at + i] = (byte) longAt(src, d, from + i);
        }
      }
    }
  }

  /** Stores an integer value into element {@code i} of a LONG, SHORT, BYTE, BOOLEAN, INT or DOUBLE array. */
  static void put(Decode.Target target, Object dst, int i, long v) {
    switch (target) {
      case LONG -> ((long[]) dst)[i] = v;
      case INT -> ((int[]) dst)[i] = (int) v;
      case SHORT -> ((short[]) dst)[i] = (short) v;
      case BYTE -> ((byte[]) dst)[i] = (byte) v;
      case BOOLEAN -> ((boolean[]) dst)[i] = v != 0;
      case DOUBLE -> ((double[]) dst)[i] = v;
      case FLOAT -> ((float[]) dst)[i] = v;
    }
  }

  /** Writes zeros to {@code n} elements from {@code at}: a deferred column's values before its first page. */
  static void zero(Decode.Target target, Object dst, int at, int n) {
    for (int i = 0; i < n; i++) {
      put(target, dst, at + i, 0);
    }
  }

  private static long longAt(LeafType t, byte[] d, int i) {
    return switch (t) {
      case BOOL, UINT8 -> d[i] & 0xFF;
      case INT8 -> d[i];
      case INT16 -> (short) RPageDecoder.I16.get(d, 2 * i);
      case UINT16 -> (short) RPageDecoder.I16.get(d, 2 * i) & 0xFFFF;
      case INT32 -> (int) RPageDecoder.I32.get(d, 4 * i);
      case UINT32 -> (int) RPageDecoder.I32.get(d, 4 * i) & 0xFFFFFFFFL;
      default -> (long) RPageDecoder.I64.get(d, 8 * i);
    };
  }

  private static double doubleAt(LeafType t, byte[] d, int i) {
    return switch (t) {
      case FLOAT32 -> (float) RPageDecoder.F32.get(d, 4 * i);
      case FLOAT64 -> Double.longBitsToDouble((long) RPageDecoder.I64.get(d, 8 * i));
      case UINT64 -> unsigned((long) RPageDecoder.I64.get(d, 8 * i));
      default -> longAt(t, d, i);
    };
  }

  private static double unsigned(long bits) {
    double d = (double) (bits >>> 1) * 2.0;
    return d + (bits & 1);
  }
}
