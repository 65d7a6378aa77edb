package org.cortado.rootio;

/**
 * The TBasket members that follow a basket's key header (ROOT-FORMAT.md §3.1). A negative entry size
 * announces one extra IOBits byte; {@code last} is the key-relative end of the entry data, where the
 * entry-offset trailer of variable-size branches begins.
 */
record BasketHeader(int entrySize, int entries, int last, int flag) {

  static BasketHeader read(ByteReader r) throws RootFormatException {
    r.skip(2 + 4); // fVersion, fBufferSize
    int entrySize = r.i4();
    if (entrySize < 0) {
      entrySize = -entrySize;
      r.skip(1); // fIOBits
    }
    int entries = r.i4();
    int last = r.i4();
    int flag = r.u1();
    return new BasketHeader(entrySize, entries, last, flag);
  }
}
