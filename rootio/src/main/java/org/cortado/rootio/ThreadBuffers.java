package org.cortado.rootio;

/**
 * Per-thread scratch space for basket reads: the compressed bytes, the decompressed bytes, the counts
 * of a jagged range, and the decompressor state. Reusing them keeps steady-state reading free of
 * allocation, and keeping them per thread is what lets many threads read one file at once.
 */
final class ThreadBuffers {
  private static final ThreadLocal<ThreadBuffers> CURRENT = ThreadLocal.withInitial(ThreadBuffers::new);

  /**
   * Largest scratch array kept for the next read, in elements. A larger basket (real or claimed by a
   * corrupt file) gets an array that is used once and dropped, so no thread holds on to it.
   */
  private static final int KEEP_LIMIT = 16 << 20;

  final Decompressor decompressor = new Decompressor();
  /** Room for a key's fNbytes, fVersion and fObjlen, which bound what a basket decodes to. */
  private final byte[] keyHead = new byte[10];
  private byte[] raw = new byte[64 * 1024];
  private byte[] decoded = new byte[256 * 1024];
  private int[] counts = new int[1024];

  /**
   * Decoded counter baskets, direct-mapped by branch and basket index. Every jagged branch of a
   * collection needs its counter's values, and there are dozens of such branches per counter, so
   * decoding each counter basket once per thread instead of once per jagged branch roughly halves the
   * decompression work on NanoAOD. Holding the branch itself in the key keeps identities unique.
   */
  private static final int COUNT_SLOTS = 256;
  private final Object[] countOwners = new Object[COUNT_SLOTS];
  private final int[] countBaskets = new int[COUNT_SLOTS];
  private final int[][] countValues = new int[COUNT_SLOTS][];

  int[] cachedCounts(Object branch, int basket) {
    int slot = slot(branch, basket);
    return countOwners[slot] == branch && countBaskets[slot] == basket ? countValues[slot] : null;
  }

  /** A reusable array for the values of a counter basket about to be cached. */
  int[] countArrayFor(Object branch, int basket, int size) {
    int slot = slot(branch, basket);
    int[] previous = countValues[slot];
    int[] values = previous != null && previous.length == size ? previous : new int[size];
    countOwners[slot] = null;
    countValues[slot] = values;
    return values;
  }

  void cacheCounts(Object branch, int basket) {
    int slot = slot(branch, basket);
    countOwners[slot] = branch;
    countBaskets[slot] = basket;
  }

  private static int slot(Object branch, int basket) {
    return (System.identityHashCode(branch) * 31 + basket) & (COUNT_SLOTS - 1);
  }

  /**
   * Decompressed baskets that a read used only in part, direct-mapped by branch: the same thread's
   * next read, of the entries that follow, starts inside them. A work item read in chunks that cut
   * clusters (100k entries inside the 179k of a generated LZMA file) otherwise decompressed an
   * eighth more. Each slot owns its array, so a kept basket survives the reads between.
   */
  private static final int CARRY_SLOTS = 128;
  private final Object[] carryOwners = new Object[CARRY_SLOTS];
  private final int[] carryBaskets = new int[CARRY_SLOTS];
  private final Branch.BasketView[] carryViews = new Branch.BasketView[CARRY_SLOTS];
  private final byte[][] carryData = new byte[CARRY_SLOTS][];

  Branch.BasketView carried(Object branch, int basket) {
    int slot = carrySlot(branch);
    return carryOwners[slot] == branch && carryBaskets[slot] == basket ? carryViews[slot] : null;
  }

  /** The array basket data of {@code size} bytes is decompressed into before {@link #carry}; uncached until then. */
  byte[] carryArray(Object branch, int size) {
    int slot = carrySlot(branch);
    carryOwners[slot] = null;
    carryViews[slot] = null;
    if (size > KEEP_LIMIT) {
      carryData[slot] = null;
      return new byte[size];
    }
    byte[] data = carryData[slot];
    if (data == null || data.length < size) {
      data = new byte[data == null ? size : grow(data.length, size)];
      carryData[slot] = data;
    }
    return data;
  }

  void carry(Object branch, int basket, Branch.BasketView view) {
    int slot = carrySlot(branch);
    if (carryData[slot] != view.data()) {
      return; // too large to keep
    }
    carryOwners[slot] = branch;
    carryBaskets[slot] = basket;
    carryViews[slot] = view;
  }

  private static int carrySlot(Object branch) {
    return System.identityHashCode(branch) & (CARRY_SLOTS - 1);
  }

  /** The last basket of varying-size entries loaded on this thread (see {@link Branch#loadEntries}). */
  private Object entriesOwner;
  private int entriesBasket;
  private EntryStarts entries = new EntryStarts(new byte[0], new int[0]);

  EntryStarts cachedEntries(Object branch, int basket) {
    return entriesOwner == branch && entriesBasket == basket ? entries : null;
  }

  /** Room for the {@code bytes} of a basket's {@code n} entries and their starts; uncached until filled. */
  EntryStarts entriesFor(int bytes, int n) {
    entriesOwner = null;
    if (entries.data().length < bytes || entries.starts().length < n + 1) {
      entries = new EntryStarts(new byte[Math.max(bytes, entries.data().length)],
          new int[Math.max(n + 1, entries.starts().length)]);
    }
    return entries;
  }

  void cacheEntries(Object branch, int basket) {
    entriesOwner = branch;
    entriesBasket = basket;
  }

  static ThreadBuffers get() {
    return CURRENT.get();
  }

  byte[] keyHead() {
    return keyHead;
  }

  byte[] raw(int size) {
    if (raw.length < size) {
      if (size > KEEP_LIMIT) {
        return new byte[size];
      }
      raw = new byte[grow(raw.length, size)];
    }
    return raw;
  }

  byte[] decoded(int size) {
    if (decoded.length < size) {
      if (size > KEEP_LIMIT) {
        return new byte[size];
      }
      decoded = new byte[grow(decoded.length, size)];
    }
    return decoded;
  }

  int[] counts(int size) {
    if (counts.length < size) {
      if (size > KEEP_LIMIT) {
        return new int[size];
      }
      counts = new int[grow(counts.length, size)];
    }
    return counts;
  }

  /** Doubles, but never past {@link #KEEP_LIMIT}, which {@code needed} does not exceed. */
  private static int grow(int current, int needed) {
    return Math.max(needed, Math.min(current * 2, KEEP_LIMIT));
  }
}
