package org.cortado.rootio;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Converts big-endian basket bytes into Java primitive arrays, widening integer types (respecting
 * their signedness) where the caller asks for a wider array. Each method converts {@code n} elements
 * of type {@code type} starting at {@code src[off]} into {@code dst[at...]}.
 */
final class Decode {
  private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle F32 = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle F64 = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);

  private Decode() {}

  /** The Java array each leaf type can be read into, from narrowest to widest. */
  enum Target {
    BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE;

    /** The target an array of {@code dst}'s type is read as. */
    static Target of(Object dst) {
      if (dst instanceof float[]) {
        return FLOAT;
      } else if (dst instanceof double[]) {
        return DOUBLE;
      } else if (dst instanceof int[]) {
        return INT;
      } else if (dst instanceof long[]) {
        return LONG;
      } else if (dst instanceof short[]) {
        return SHORT;
      } else if (dst instanceof byte[]) {
        return BYTE;
      } else if (dst instanceof boolean[]) {
        return BOOLEAN;
      }
      throw new IllegalArgumentException("cannot read values into a " + (dst == null ? "null" : dst.getClass().getSimpleName()));
    }

    boolean accepts(LeafType t) {
      return switch (this) {
        case BOOLEAN, BYTE -> t == LeafType.BOOL || t == LeafType.INT8 || t == LeafType.UINT8;
        case SHORT -> t.isInteger() && t.size() <= 2;
        case INT -> t.isInteger() && t.size() <= 4;
        case LONG -> t.isInteger();
        case FLOAT -> t == LeafType.FLOAT32;
        case DOUBLE -> t != LeafType.STRING;
      };
    }
  }

  static void toFloats(byte[] src, int off, int n, float[] dst, int at) {
    for (int i = 0; i < n; i++) {
      dst[at + i] = (float) F32.get(src, off + 4 * i);
    }
  }

  static void toBooleans(byte[] src, int off, int n, boolean[] dst, int at) {
    for (int i = 0; i < n; i++) {
      dst[at + i] = src[off + i] != 0;
    }
  }

  static void toBytes(byte[] src, int off, int n, byte[] dst, int at) {
    System.arraycopy(src, off, dst, at, n);
  }

  static void toShorts(LeafType type, byte[] src, int off, int n, short[] dst, int at) {
    switch (type) {
      case INT16, UINT16 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = (short) I16.get(src, off + 2 * i);
        }
      }
      case UINT8 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = (short) (src[off + i] & 0xFF);
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = src[off + i];
        }
      }
    }
  }

  static void toInts(LeafType type, byte[] src, int off, int n, int[] dst, int at) {
    switch (type) {
      case INT32, UINT32 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = (int) I32.get(src, off + 4 * i);
        }
      }
      case INT16 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = (short) I16.get(src, off + 2 * i);
        }
      }
      case UINT16 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = ((short) I16.get(src, off + 2 * i)) & 0xFFFF;
        }
      }
      case UINT8 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = src[off + i] & 0xFF;
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = src[off + i];
        }
      }
    }
  }

  static void toLongs(LeafType type, byte[] src, int off, int n, long[] dst, int at) {
    switch (type) {
      case INT64, UINT64 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = (long) I64.get(src, off + 8 * i);
        }
      }
      case UINT32 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = ((int) I32.get(src, off + 4 * i)) & 0xFFFFFFFFL;
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = intAt(type, src, off, i);
        }
      }
    }
  }

  static void toDoubles(LeafType type, byte[] src, int off, int n, double[] dst, int at) {
    switch (type) {
      case FLOAT64 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = (double) F64.get(src, off + 8 * i);
        }
      }
      case FLOAT32 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = (float) F32.get(src, off + 4 * i);
        }
      }
      case INT64 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = (long) I64.get(src, off + 8 * i);
        }
      }
      case UINT64 -> {
        for (int i = 0; i < n; i++) {
          long v = (long) I64.get(src, off + 8 * i);
          dst[at + i] = v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
        }
      }
      case UINT32 -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = ((int) I32.get(src, off + 4 * i)) & 0xFFFFFFFFL;
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          dst[at + i] = intAt(type, src, off, i);
        }
      }
    }
  }

  /** One element of a type of at most 4 bytes, widened to int with its signedness. */
  private static int intAt(LeafType type, byte[] src, int off, int i) {
    return switch (type) {
      case BOOL, INT8 -> src[off + i];
      case UINT8 -> src[off + i] & 0xFF;
      case INT16 -> (short) I16.get(src, off + 2 * i);
      case UINT16 -> ((short) I16.get(src, off + 2 * i)) & 0xFFFF;
      default -> (int) I32.get(src, off + 4 * i);
    };
  }
}
