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
    return read(r, null);
  }

  /**
   * Reads a key header. Given the name the key must have (a basket's key is named after its branch),
   * no strings are decoded, so that reading a basket allocates none: the name is only compared and
   * the class name and title are skipped (the key's strings are null).
   */
  static Key read(ByteReader r, byte[] expectedName) throws RootFormatException {
    int nbytes = r.i4();
    int version = r.u2();
    int objlen = r.i4();
    r.skip(4); // datime
    int keylen = r.u2();
    int cycle = r.u2();
    boolean big = version > 1000;
    long seekKey = big ? r.i8() : r.u4();
    long seekPdir = big ? r.i8() : r.u4();
    String className = null;
    String name = null;
    String title = null;
    if (expectedName == null) {
      className = r.string();
      name = r.string();
      title = r.string();
    } else {
      r.skipString();
      if (!r.skipStringEqualTo(expectedName)) {
        throw r.error("the key is named after another object (is the index pointing at the wrong record?)");
      }
      r.skipString();
    }
    return new Key(nbytes, version, objlen, keylen, cycle, seekKey, seekPdir, className, name, title);
  }

  int storedPayloadBytes() {
    return totalBytes - keyLength;
  }

  boolean isCompressed() {
    return storedPayloadBytes() != objectLength;
  }
}
