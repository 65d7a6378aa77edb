package org.cortado.rootio;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * How ROOT stores a {@code Double32_t} or {@code Float16_t} given a range in its title
 * ({@code [min,max]} or {@code [min,max,nbits]}): with a range, as an unsigned int of {@code bits}
 * bits scaled into [min, max] (4 bytes); with {@code [0,0,nbits]}, or a {@code Float16_t} without
 * brackets, as a float truncated to an exponent byte and a 2-byte mantissa of {@code bits} bits
 * (3 bytes). Decoded as uproot's AsDouble32 and AsFloat16 do: a Double32 into doubles, a Float16 in
 * float arithmetic.
 */
record TruncatedReal(double low, double high, int bits, boolean isFloat16) {
  private static final VarHandle U16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle U32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  boolean isTruncated() {
    return low == 0.0 && high == 0.0;
  }

  /** Bytes per stored value. */
  int size() {
    return isTruncated() ? 3 : 4;
  }

  /** The type values are read as: double for a Double32, float for a Float16. */
  LeafType type() {
    return isFloat16 ? LeafType.FLOAT32 : LeafType.FLOAT64;
  }

  /** Decodes {@code n} values at {@code src[off]} into {@code dst[at...]}, a float[] or double[]. */
  void decode(byte[] src, int off, int n, Object dst, int at) {
    for (int i = 0; i < n; i++) {
      double v = isTruncated() ? truncated(src, off + 3 * i) : scaled(src, off + 4 * i);
      if (dst instanceof double[] d) {
        d[at + i] = v;
      } else {
        ((float[]) dst)[at + i] = (float) v;
      }
    }
  }

  private float truncated(byte[] src, int p) {
    int exponent = src[p] & 0xFF;
    int mantissa = ((short) U16.get(src, p + 1)) & 0xFFFF;
    int bitsOf = (exponent << 23) | ((mantissa & ((1 << (bits + 1)) - 1)) << (23 - bits));
    float magnitude = Float.intBitsToFloat(bitsOf);
    return ((1 << (bits + 1)) & mantissa) != 0 ? -magnitude : magnitude;
  }

  private double scaled(byte[] src, int p) {
    long raw = ((int) U32.get(src, p)) & 0xFFFFFFFFL;
    if (isFloat16) {
      float step = (float) ((high - low) / (1L << bits));
      return (float) raw * step + (float) low;
    }
    return raw * ((high - low) / (1L << bits)) + low;
  }

  /**
   * The encoding a title gives, as uproot's {@code _float16_or_double32} reads it, or null when the
   * values are plain floats (a Double32 without a range).
   */
  static TruncatedReal of(String title, boolean isFloat16) {
    double[] spec = RangeExpression.bracket(title == null ? "" : title);
    if (spec == null) {
      return isFloat16 ? new TruncatedReal(0, 0, 12, true) : null;
    }
    int bits = spec.length == 3 ? (int) spec[2] : 32;
    if (bits < 2 || bits > 32) {
      bits = 32;
    }
    return new TruncatedReal(spec[0], spec[1], bits, isFloat16);
  }
}
