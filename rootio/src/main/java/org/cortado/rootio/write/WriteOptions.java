package org.cortado.rootio.write;

import org.cortado.rootio.Compression;

/**
 * How baskets are written: the algorithm and level (1-9; LZMA level 9 is what CMS uses for NanoAOD),
 * the uncompressed size at which a branch's basket is flushed, and where clusters end.
 *
 * <p>{@code autoFlush} means what it means to ROOT's {@code TTree::SetAutoFlush}: a positive value
 * ends a cluster every that many entries; a negative one ends the first cluster once more than
 * {@code -autoFlush} compressed bytes have been written and every cluster after it at the same
 * number of entries; 0 writes no clusters, each branch flushing its basket only when full. At a
 * cluster's end every branch starts a new basket, so a reader can cut the tree there without
 * decompressing any basket twice. ROOT, and so RDataFrame snapshots and CMSSW's outputs, cluster by
 * default, which {@link #ROOT_AUTO_FLUSH} copies.
 */
public record WriteOptions(Compression compression, int level, int basketBytes, long autoFlush) {
  public static final int DEFAULT_BASKET_BYTES = 64 * 1024;
  /** ROOT's default {@code fAutoFlush}: the first cluster ends after 30 MB of compressed baskets. */
  public static final long ROOT_AUTO_FLUSH = -30_000_000L;

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

  /** Options with ROOT's default clustering. */
  public WriteOptions(Compression compression, int level, int basketBytes) {
    this(compression, level, basketBytes, ROOT_AUTO_FLUSH);
  }

  public static WriteOptions of(Compression compression, int level) {
    return new WriteOptions(compression, compression == Compression.NONE ? 0 : level, DEFAULT_BASKET_BYTES);
  }

  public WriteOptions withBasketBytes(int bytes) {
    return new WriteOptions(compression, level, bytes, autoFlush);
  }

  /** These options with ROOT's {@code fAutoFlush} set to {@code value} (see the class comment). */
  public WriteOptions withAutoFlush(long value) {
    return new WriteOptions(compression, level, basketBytes, value);
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
