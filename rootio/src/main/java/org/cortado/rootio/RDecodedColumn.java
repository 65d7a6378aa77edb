package org.cortado.rootio;

import java.util.Arrays;

/**
 * One thread's decoded copy of one page of an RNTuple column, kept until the thread needs another page of
 * the same column, so that reading a page's elements in several entry ranges decodes it once.
 */
final class RDecodedColumn {
  private int cluster = -1;
  private int page;
  private int first;
  private int count;
  private byte[] data = new byte[0];
  private LeafType type;

  /** True if this holds element {@code j} (cluster-local) of cluster {@code c}. */
  boolean holds(int c, int j) {
    return cluster == c && j >= first && j - first < count;
  }

  /** Forgets the page held, before decoding another into this slot. */
  void claim() {
    cluster = -1;
  }

  void ensure(long bytes) {
    if (bytes > data.length) {
      data = Arrays.copyOf(data, (int) Math.max(bytes, Math.min(Integer.MAX_VALUE - 64, 2L * data.length)));
    }
  }

  void set(int c, int p, int firstElement, int n, LeafType decoded) {
    page = p;
    first = firstElement;
    count = n;
    type = decoded;
    cluster = c;
  }

  byte[] data() {
    return data;
  }

  /** The cluster-local index of the page's first element. */
  int first() {
    return first;
  }

  int count() {
    return count;
  }

  /** The element type, or null for offsets. */
  LeafType type() {
    return type;
  }

  /** Offset element {@code j} (cluster-local) of an index column page. */
  long offset(int j) {
    return (long) RPageDecoder.I64.get(data, 8 * (j - first));
  }
}
