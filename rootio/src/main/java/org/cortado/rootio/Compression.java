package org.cortado.rootio;

/** The compression algorithms a ROOT block header can name, plus {@link #NONE} for raw payloads. */
public enum Compression {
  NONE("raw"),
  ZLIB("ZL"),
  LZMA("XZ"),
  LZ4("L4"),
  ZSTD("ZS"),
  OLD_ROOT("CS");

  private final String magic;

  Compression(String magic) {
    this.magic = magic;
  }

  /** The two characters that open a compressed block of this algorithm. */
  public String magic() {
    return magic;
  }

  static Compression ofMagic(int first, int second) {
    for (Compression c : values()) {
      if (c != NONE && c.magic.charAt(0) == first && c.magic.charAt(1) == second) {
        return c;
      }
    }
    return null;
  }
}
