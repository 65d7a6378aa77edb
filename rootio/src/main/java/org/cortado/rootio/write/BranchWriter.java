package org.cortado.rootio.write;

import java.io.IOException;
import java.util.Arrays;
import org.cortado.rootio.LeafType;

/**
 * One branch being written. Values are appended with the {@code put} method of the branch's type
 * (unsigned types take the signed Java type of the same width); {@link TreeWriter#endEntry()} closes
 * the entry, checks that every branch received what the entry needs, and flushes full baskets.
 */
public final class BranchWriter {
  private final TreeWriter tree;
  private final String name;
  private final String title;
  private final LeafType type;
  private final int perEntry;
  private final BranchWriter counter;
  private final boolean isCounter;
  private final Out data;
  private int[] entryStarts = new int[64];
  private int basketEntries;
  private int entryStart;
  private int lastCount;
  private int maxCount;
  private long[] basketSeeks = new long[10];
  private int[] basketBytes = new int[10];
  private long[] basketFirstEntry = new long[10];
  private int baskets;
  private long totalBytes;
  private long zippedBytes;

  BranchWriter(TreeWriter tree, String name, String title, LeafType type, int perEntry, BranchWriter counter,
      boolean isCounter, int basketBytes) {
    this.tree = tree;
    this.name = name;
    this.title = title;
    this.type = type;
    this.perEntry = perEntry;
    this.counter = counter;
    this.isCounter = isCounter;
    this.data = new Out(basketBytes + basketBytes / 4);
  }

  public String name() {
    return name;
  }

  public LeafType type() {
    return type;
  }

  private IllegalStateException wrongType(String java) {
    return new IllegalStateException("branch '" + name + "' holds " + type.rootName() + ", not " + java);
  }

  public void putFloat(float v) {
    if (type != LeafType.FLOAT32) {
      throw wrongType("float");
    }
    data.f4(v);
  }

  public void putDouble(double v) {
    if (type != LeafType.FLOAT64) {
      throw wrongType("double");
    }
    data.f8(v);
  }

  public void putInt(int v) {
    if (type != LeafType.INT32 && type != LeafType.UINT32) {
      throw wrongType("int");
    }
    data.i4(v);
  }

  public void putLong(long v) {
    if (type != LeafType.INT64 && type != LeafType.UINT64) {
      throw wrongType("long");
    }
    data.i8(v);
  }

  public void putShort(short v) {
    if (type != LeafType.INT16 && type != LeafType.UINT16) {
      throw wrongType("short");
    }
    data.i2(v);
  }

  public void putByte(byte v) {
    if (type != LeafType.INT8 && type != LeafType.UINT8) {
      throw wrongType("byte");
    }
    data.u1(v);
  }

  public void putBoolean(boolean v) {
    if (type != LeafType.BOOL) {
      throw wrongType("boolean");
    }
    data.u1(v ? 1 : 0);
  }

  /** For counter branches: the number of elements the entry's jagged branches will receive. */
  public void putCount(int count) {
    if (!isCounter) {
      throw new IllegalStateException("branch '" + name + "' is not a counter");
    }
    if (count < 0) {
      throw new IllegalArgumentException("counter '" + name + "' cannot be negative (" + count + ")");
    }
    data.i4(count);
    lastCount = count;
    maxCount = Math.max(maxCount, count);
  }

  /** Checks the entry just filled and records where it starts; called by the tree for every branch. */
  void closeEntry(long entry) {
    int expected = (counter == null ? perEntry : counter.lastCount * perEntry) * type.size();
    int got = data.size() - entryStart;
    if (got != expected) {
      throw new IllegalStateException("branch '" + name + "' received " + got / type.size() + " values for entry "
          + entry + ", expected " + expected / type.size()
          + (counter == null ? "" : " (counter '" + counter.name + "' is " + counter.lastCount + ")"));
    }
    if (counter != null) {
      if (basketEntries == entryStarts.length) {
        entryStarts = Arrays.copyOf(entryStarts, basketEntries * 2);
      }
      entryStarts[basketEntries] = entryStart;
    }
    basketEntries++;
    entryStart = data.size();
  }

  boolean basketFull(int basketBytesLimit) {
    return data.size() >= basketBytesLimit;
  }

  /** Writes the pending entries as one basket key. */
  void flush(Sink sink, BlockCompressor compressor, Out scratch, long firstEntry, String treeName, long directory)
      throws IOException {
    if (basketEntries == 0) {
      return;
    }
    int keylen = Records.keyLength64("TBasket", name, treeName) + 19;
    int dataLength = data.size();
    if (counter != null) {
      // Entry-offset trailer: n + 1, the key-relative start of each entry, and ROOT's unused last slot.
      data.i4(basketEntries + 1);
      for (int i = 0; i < basketEntries; i++) {
        data.i4(keylen + entryStarts[i]);
      }
      data.i4(0);
    }
    int objlen = data.size();
    scratch.reset();
    scratch.skip(keylen);
    boolean compressed = compressor.compress(data.array(), 0, objlen, scratch);
    if (!compressed) {
      scratch.bytes(data.array(), 0, objlen);
    }
    int nbytes = scratch.size();
    long seek = sink.end();
    Out head = new Out(keylen);
    Records.keyHeader64(head, nbytes, objlen, keylen, seek, directory, "TBasket", name, treeName);
    int entrySize = counter == null ? perEntry * type.size() : basketEntries + 2;
    head.i2(3).i4(keylen + objlen).i4(entrySize).i4(basketEntries).i4(keylen + dataLength).u1(0);
    System.arraycopy(head.array(), 0, scratch.array(), 0, keylen);
    sink.append(scratch.array(), 0, nbytes);
    if (baskets == basketSeeks.length) {
      basketSeeks = Arrays.copyOf(basketSeeks, baskets * 2);
      basketBytes = Arrays.copyOf(basketBytes, baskets * 2);
      basketFirstEntry = Arrays.copyOf(basketFirstEntry, baskets * 2);
    }
    basketSeeks[baskets] = seek;
    basketBytes[baskets] = nbytes;
    basketFirstEntry[baskets] = firstEntry;
    baskets++;
    totalBytes += keylen + objlen;
    zippedBytes += nbytes;
    data.reset();
    entryStart = 0;
    basketEntries = 0;
  }

  int pendingEntries() {
    return basketEntries;
  }

  // Accessors for the TTree serializer.
  String title() {
    return title;
  }

  int perEntry() {
    return perEntry;
  }

  BranchWriter counter() {
    return counter;
  }

  boolean isCounter() {
    return isCounter;
  }

  int maxCount() {
    return maxCount;
  }

  int baskets() {
    return baskets;
  }

  long basketSeek(int i) {
    return basketSeeks[i];
  }

  int basketBytes(int i) {
    return basketBytes[i];
  }

  long basketFirstEntry(int i) {
    return basketFirstEntry[i];
  }

  long totalBytes() {
    return totalBytes;
  }

  long zippedBytes() {
    return zippedBytes;
  }

  TreeWriter tree() {
    return tree;
  }
}
