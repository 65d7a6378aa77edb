package org.cortado.runtime.corrections;

/**
 * A reproducible pseudo-random number seeded by the inputs, bit-exact with correctionlib: XXH64
 * (seed 0) over the inputs as little-endian 64-bit words (ints as two's complement, reals as raw
 * IEEE bits), a PCG32 "oneseq" XSH-RR generator seeded with the hash, then libstdc++'s
 * {@code generate_canonical<double, 53>} (stdflat), Marsaglia's polar method as written in
 * correctionlib (normal) or libstdc++'s {@code normal_distribution} (stdnormal).
 *
 * <p>The last step takes a logarithm, which the reference gets from glibc. {@link Math#log} (a
 * HotSpot intrinsic, the same in interpreted and compiled code) agrees with glibc's on all but
 * about 0.07 % of arguments in (0, 1); {@link StrictMath#log} (fdlibm) differs on about 7 %, each
 * time moving the normal value by an ulp.
 */
final class HashPrng extends Node {

  /** The distributions of the schema. */
  enum Distribution { STDFLAT, NORMAL, STDNORMAL }

  private static final long P1 = 0x9E3779B185EBCA87L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final long P4 = 0x85EBCA77C2B2AE63L;
  private static final long P5 = 0x27D4EB2F165667C5L;
  private static final long PCG_MULT = 6364136223846793005L;
  private static final long PCG_INC = 1442695040888963407L;
  private static final double TWO_POW_32 = 0x1p32;
  private static final double TWO_POW_64 = 0x1p64;
  private static final double ONE_BELOW_ONE = Math.nextDown(1.0);

  private final int[] inputs;
  private final boolean[] intInputs;
  private final Distribution distribution;

  HashPrng(int[] inputs, boolean[] intInputs, Distribution distribution) {
    this.inputs = inputs;
    this.intInputs = intInputs;
    this.distribution = distribution;
  }

  @Override
  double eval(Inputs in) {
    // The generator state is a local: one long, so nothing is allocated per call.
    long state = (xxh64(in) + PCG_INC) * PCG_MULT + PCG_INC;
    switch (distribution) {
      case STDFLAT: {
        long g1 = output(state);
        state = step(state);
        long g2 = output(state);
        return canonical(g1, g2);
      }
      case NORMAL: {
        while (true) {
          double u = Math.scalb((double) output(state), -31) - 1;
          state = step(state);
          double v = Math.scalb((double) output(state), -31) - 1;
          state = step(state);
          double s = u * u + v * v;
          if (s < 1.0 && s != 0.0) {
            return u * Math.sqrt(-2.0 * Math.log(s) / s);
          }
        }
      }
      default: {
        while (true) {
          double x = 2.0 * canonical(output(state), output(step(state))) - 1.0;
          state = step(step(state));
          double y = 2.0 * canonical(output(state), output(step(state))) - 1.0;
          state = step(step(state));
          double r2 = x * x + y * y;
          if (r2 <= 1.0 && r2 != 0.0) {
            return y * Math.sqrt(-2.0 * Math.log(r2) / r2);
          }
        }
      }
    }
  }

  @Override
  Node bindStrings(String[] fixed) {
    return this;
  }

  private static double canonical(long g1, long g2) {
    double r = (g1 + g2 * TWO_POW_32) / TWO_POW_64;
    return r >= 1.0 ? ONE_BELOW_ONE : r;
  }

  private static long step(long state) {
    return state * PCG_MULT + PCG_INC;
  }

  /** The XSH-RR output of the state before the step, as an unsigned 32-bit value. */
  private static long output(long state) {
    int xorShifted = (int) (((state >>> 18) ^ state) >>> 27);
    int rot = (int) (state >>> 59);
    return Integer.rotateRight(xorShifted, rot) & 0xFFFFFFFFL;
  }

  private long word(Inputs in, int i) {
    int input = inputs[i];
    return intInputs[i] ? in.integer[input] : Double.doubleToRawLongBits(in.real[input]);
  }

  /** XXH64 with seed 0 over the input words; their length is a multiple of 8 bytes. */
  private long xxh64(Inputs in) {
    int n = inputs.length;
    int i = 0;
    long h;
    if (n >= 4) {
      long v1 = P1 + P2;
      long v2 = P2;
      long v3 = 0;
      long v4 = -P1;
      for (; i + 4 <= n; i += 4) {
        v1 = round(v1, word(in, i));
        v2 = round(v2, word(in, i + 1));
        v3 = round(v3, word(in, i + 2));
        v4 = round(v4, word(in, i + 3));
      }
      h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12)
          + Long.rotateLeft(v4, 18);
      h = merge(h, v1);
      h = merge(h, v2);
      h = merge(h, v3);
      h = merge(h, v4);
    } else {
      h = P5;
    }
    h += 8L * n;
    for (; i < n; i++) {
      h ^= round(0, word(in, i));
      h = Long.rotateLeft(h, 27) * P1 + P4;
    }
    h ^= h >>> 33;
    h *= P2;
    h ^= h >>> 29;
    h *= P3;
    h ^= h >>> 32;
    return h;
  }

  private static long round(long acc, long input) {
    return Long.rotateLeft(acc + input * P2, 31) * P1;
  }

  private static long merge(long acc, long v) {
    return (acc ^ round(0, v)) * P1 + P4;
  }
}
