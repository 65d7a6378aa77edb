package org.cortado.rootio;

/**
 * Per-thread scratch space for basket reads: the compressed bytes, the decompressed bytes, the counts
 * of a jagged range, and the decompressor state. Reusing them keeps steady-state reading free of
 * allocation, and keeping them per thread is what lets many threads read one file at once.
 */
final class ThreadBuffers {
  private static final ThreadLocal<ThreadBuffers> CURRENT = ThreadLocal.withInitial(ThreadBuffers::new);

  final Decompressor decompressor = new Decompressor();
  private byte[] raw = new byte[64 * 1024];
  private byte[] decoded = new byte[256 * 1024];
  private int[] counts = new int[1024];

  static ThreadBuffers get() {
    return CURRENT.get();
  }

  byte[] raw(int size) {
    if (raw.length < size) {
      raw = new byte[grow(raw.length, size)];
    }
    return raw;
  }

  byte[] decoded(int size) {
    if (decoded.length < size) {
      decoded = new byte[grow(decoded.length, size)];
    }
    return decoded;
  }

  int[] counts(int size) {
    if (counts.length < size) {
      counts = new int[grow(counts.length, size)];
    }
    return counts;
  }

  private static int grow(int current, int needed) {
    long n = Math.max((long) needed, Math.min((long) current * 2, Integer.MAX_VALUE - 16));
    return (int) n;
  }
}
