package org.cortado.rootio.write;

import org.cortado.rootio.Compression;

/**
 * How baskets are written: the algorithm and level (1-9; LZMA level 9 is what CMS uses for NanoAOD)
 * and the uncompressed size at which a branch's basket is flushed.
 */
public record WriteOptions(Compression compression, int level, int basketBytes) {
  public static final int DEFAULT_BASKET_BYTES = 64 * 1024;

  public WriteOptions {
    if (compression == null || compression == Compression.OLD_ROOT) {
      throw new IllegalArgumentException("compression must be NONE, ZLIB, LZMA, LZ4 or ZSTD");
    }
    if (compression != Compression.NONE && (level < 1 || level > 9)) {
      throw new IllegalArgumentException("compression level must be 1 to 9, not " + level);
    }
    if (basketBytes < 256 || basketBytes > (1 << 28)) {
      throw new IllegalArgumentException("basket size must be 256 B to 256 MiB, not " + basketBytes);
    }
  }

  public static WriteOptions of(Compression compression, int level) {
    return new WriteOptions(compression, compression == Compression.NONE ? 0 : level, DEFAULT_BASKET_BYTES);
  }

  public WriteOptions withBasketBytes(int bytes) {
    return new WriteOptions(compression, level, bytes);
  }

  /** ROOT's compression setting: algorithm * 100 + level. */
  int setting() {
    return switch (compression) {
      case NONE -> 0;
      case ZLIB -> 100 + level;
      case LZMA -> 200 + level;
      case LZ4 -> 400 + level;
      case ZSTD -> 500 + level;
      case OLD_ROOT -> throw new AssertionError();
    };
  }
}
