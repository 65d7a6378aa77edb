package org.cortado.rootio;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * XXH3-64 with seed 0 and the default secret: the checksum RNTuple puts after its anchor, envelopes and
 * (optionally) pages. Written from the xxHash specification (doc/xxhash_spec.md); checked against the
 * checksums ROOT wrote into the test files and against python-xxhash in {@code Xxh3Test}.
 */
final class Xxh3 {
  private static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long P32_1 = 0x9E3779B1L;
  private static final long P32_2 = 0x85EBCA77L;
  private static final long P32_3 = 0xC2B2AE3DL;
  private static final long P64_1 = 0x9E3779B185EBCA87L;
  private static final long P64_2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P64_3 = 0x165667B19E3779F9L;
  private static final long P64_4 = 0x85EBCA77C2B2AE63L;
  private static final long P64_5 = 0x27D4EB2F165667C5L;
  private static final long PRIME_MX1 = 0x165667919E3779F9L;
  private static final long PRIME_MX2 = 0x9FB21C651E98DF25L;

  private static final byte[] SECRET = bytes(
      "b8fe6c3923a44bbe7c01812cf721ad1cded46de9839097db7240a4a4b7b3671f"
      + "cb79e64eccc0e578825ad07dccff7221b8084674f743248ee03590e6813a264c"
      + "3c2852bb91c300cb88d0658b1b532ea371644897a20df94e3819ef46a9deacd8"
      + "a8fa763fe39c343ff9dcbbc7c70b4f1d8a51e04bcdb45931c89f7ec9d9787364"
      + "eac5ac8334d3ebc3c581a0fffa1363eb170ddd51b7f0da49d316552629d4689e"
      + "2b16be587d47a1fc8ff8b8d17ad031ce45cb3a8f95160428afd7fbcabb4b407e");
  private static final int STRIPE = 64;
  private static final int STRIPES_PER_BLOCK = (SECRET.length - STRIPE) / 8;
  private static final int BLOCK = STRIPE * STRIPES_PER_BLOCK;

  private Xxh3() {}

  /** The XXH3-64 hash of {@code len} bytes at {@code data[off]}. */
  static long hash(byte[] data, int off, int len) {
    if (len <= 16) {
      return small(data, off, len);
    }
    if (len <= 128) {
      long acc = len * P64_1;
      int pairs = (len - 1) / 32;
      for (int i = pairs; i >= 0; i--) {
        acc += mix16(data, off + 16 * i, 32 * i);
        acc += mix16(data, off + len - 16 * (i + 1), 32 * i + 16);
      }
      return avalanche(acc);
    }
    if (len <= 240) {
      long acc = len * P64_1;
      for (int i = 0; i < 8; i++) {
        acc += mix16(data, off + 16 * i, 16 * i);
      }
      acc = avalanche(acc);
      for (int i = 8; i < len / 16; i++) {
        acc += mix16(data, off + 16 * i, 16 * (i - 8) + 3);
      }
      acc += mix16(data, off + len - 16, 136 - 17);
      return avalanche(acc);
    }
    return large(data, off, len);
  }

  private static long small(byte[] d, int off, int len) {
    if (len > 8) {
      long lo = le64(d, off) ^ (le64(SECRET, 24) ^ le64(SECRET, 32));
      long hi = le64(d, off + len - 8) ^ (le64(SECRET, 40) ^ le64(SECRET, 48));
      return avalanche(len + Long.reverseBytes(lo) + hi + fold(lo, hi));
    }
    if (len >= 4) {
      long in1 = le32(d, off) & 0xFFFFFFFFL;
      long in2 = le32(d, off + len - 4) & 0xFFFFFFFFL;
      long keyed = (in2 + (in1 << 32)) ^ (le64(SECRET, 8) ^ le64(SECRET, 16));
      keyed ^= Long.rotateLeft(keyed, 49) ^ Long.rotateLeft(keyed, 24);
      keyed *= PRIME_MX2;
      keyed ^= (keyed >>> 35) + len;
      keyed *= PRIME_MX2;
      return keyed ^ (keyed >>> 28);
    }
    if (len > 0) {
      long combined = (d[off] & 0xFFL) << 16 | (d[off + (len >> 1)] & 0xFFL) << 24 | (d[off + len - 1] & 0xFFL)
          | (long) len << 8;
      long flip = (le32(SECRET, 0) & 0xFFFFFFFFL) ^ (le32(SECRET, 4) & 0xFFFFFFFFL);
      return xxh64Avalanche(combined ^ flip);
    }
    return xxh64Avalanche(le64(SECRET, 56) ^ le64(SECRET, 64));
  }

  private static long large(byte[] d, int off, int len) {
    long[] acc = {P32_3, P64_1, P64_2, P64_3, P64_4, P32_2, P64_5, P32_1};
    int blocks = (len - 1) / BLOCK;
    for (int b = 0; b < blocks; b++) {
      for (int s = 0; s < STRIPES_PER_BLOCK; s++) {
        accumulate(acc, d, off + b * BLOCK + s * STRIPE, s * 8);
      }
      for (int i = 0; i < 8; i++) {
        long a = acc[i];
        a ^= a >>> 47;
        a ^= le64(SECRET, SECRET.length - STRIPE + 8 * i);
        acc[i] = a * P32_1;
      }
    }
    int stripes = ((len - 1) - BLOCK * blocks) / STRIPE;
    for (int s = 0; s < stripes; s++) {
      accumulate(acc, d, off + blocks * BLOCK + s * STRIPE, s * 8);
    }
    accumulate(acc, d, off + len - STRIPE, SECRET.length - STRIPE - 7);
    long result = len * P64_1;
    for (int i = 0; i < 4; i++) {
      result += fold(acc[2 * i] ^ le64(SECRET, 11 + 16 * i), acc[2 * i + 1] ^ le64(SECRET, 11 + 16 * i + 8));
    }
    return avalanche(result);
  }

  private static void accumulate(long[] acc, byte[] d, int at, int secret) {
    for (int i = 0; i < 8; i++) {
      long value = le64(d, at + 8 * i);
      long key = value ^ le64(SECRET, secret + 8 * i);
      acc[i ^ 1] += value;
      acc[i] += (key & 0xFFFFFFFFL) * (key >>> 32);
    }
  }

  private static long mix16(byte[] d, int at, int secret) {
    return fold(le64(d, at) ^ le64(SECRET, secret), le64(d, at + 8) ^ le64(SECRET, secret + 8));
  }

  /** The low and high halves of the unsigned 128-bit product, xored. */
  private static long fold(long a, long b) {
    long hi = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    return (a * b) ^ hi;
  }

  private static long avalanche(long h) {
    h ^= h >>> 37;
    h *= PRIME_MX1;
    return h ^ (h >>> 32);
  }

  private static long xxh64Avalanche(long h) {
    h ^= h >>> 33;
    h *= P64_2;
    h ^= h >>> 29;
    h *= P64_3;
    return h ^ (h >>> 32);
  }

  private static long le64(byte[] b, int i) {
    return (long) LE64.get(b, i);
  }

  private static int le32(byte[] b, int i) {
    return (int) LE32.get(b, i);
  }

  private static byte[] bytes(String hex) {
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }
}
