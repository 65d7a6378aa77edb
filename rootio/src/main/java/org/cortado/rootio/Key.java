package org.cortado.rootio;

/**
 * The header every ROOT record starts with (a TKey). The payload of {@code objectLength} bytes follows
 * at {@code seekKey + keyLength}, compressed when it occupies fewer bytes than that.
 */
record Key(
    int totalBytes,
    int version,
    int objectLength,
    int keyLength,
    int cycle,
    long seekKey,
    long seekParentDirectory,
    String className,
    String name,
    String title) {

  static Key read(ByteReader r) throws RootFormatException {
    int nbytes = r.i4();
    int version = r.u2();
    int objlen = r.i4();
    r.skip(4); // datime
    int keylen = r.u2();
    int cycle = r.u2();
    boolean big = version > 1000;
    long seekKey = big ? r.i8() : r.u4();
    long seekPdir = big ? r.i8() : r.u4();
    String className = r.string();
    String name = r.string();
    String title = r.string();
    return new Key(nbytes, version, objlen, keylen, cycle, seekKey, seekPdir, className, name, title);
  }

  int storedPayloadBytes() {
    return totalBytes - keyLength;
  }

  boolean isCompressed() {
    return storedPayloadBytes() != objectLength;
  }
}
