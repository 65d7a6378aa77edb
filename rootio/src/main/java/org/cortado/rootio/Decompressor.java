package org.cortado.rootio;

import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import java.util.Arrays;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;
import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;

/**
 * Decompresses the block sequence of a ROOT record payload (ROOT-FORMAT.md §3.2). Holds per-thread
 * state (zlib, LZMA and ZSTD decoders) that is reused from basket to basket; one instance
 * must never be shared between threads.
 */
final class Decompressor implements AutoCloseable {
  /** ROOT splits payloads into blocks of at most 2^24 - 1 bytes. */
  static final int BLOCK_HEADER = 9;

  private static final LZ4SafeDecompressor LZ4 = LZ4Factory.fastestInstance().safeDecompressor();
  private static final XXHash64 XXH64 = XXHashFactory.fastestInstance().hash64();

  private final BlockDecoder zlib;
  private final BlockDecoder xz;
  private ZstdDecompressCtx zstd;

  /** Decodes zlib and LZMA blocks as {@link NativeDecoding} chose for this JVM. */
  Decompressor() {
    this(NativeDecoding.ZLIB.newDecoder(), NativeDecoding.LZMA.newDecoder());
  }

  Decompressor(BlockDecoder zlib, BlockDecoder xz) {
    this.zlib = zlib;
    this.xz = xz;
  }

  /**
   * Sums the uncompressed sizes declared by the block headers, so that the caller can check them
   * against the key's object length before allocating anything.
   */
  static long declaredSize(byte[] src, int off, int len, Object where) throws RootFormatException {
    long total = 0;
    int pos = off;
    int end = off + len;
    while (pos < end) {
      if (end - pos < BLOCK_HEADER) {
        throw new RootFormatException(where + ": compressed payload ends inside a block header");
      }
      int c = u24(src, pos + 3);
      int u = u24(src, pos + 6);
      if (c > end - pos - BLOCK_HEADER) {
        throw new RootFormatException(where + ": compressed block claims " + c + " bytes but only "
            + (end - pos - BLOCK_HEADER) + " remain in the record");
      }
      total += u;
      pos += BLOCK_HEADER + c;
    }
    return total;
  }

  /**
   * Decompresses {@code len} bytes of blocks at {@code src[off]} into exactly {@code outLen} bytes at
   * {@code dst[dstOff]}, returning the algorithm of the first block.
   */
  Compression decompress(byte[] src, int off, int len, byte[] dst, int dstOff, int outLen, Object where)
      throws RootFormatException {
    int pos = off;
    int end = off + len;
    int out = dstOff;
    int outEnd = dstOff + outLen;
    Compression first = null;
    while (pos < end) {
      if (end - pos < BLOCK_HEADER) {
        throw new RootFormatException(where + ": compressed payload ends inside a block header");
      }
      Compression algorithm = Compression.ofMagic(src[pos], src[pos + 1]);
      int c = u24(src, pos + 3);
      int u = u24(src, pos + 6);
      if (algorithm == null) {
        throw new RootFormatException(where + ": unknown compression block magic 0x"
            + Integer.toHexString(((src[pos] & 0xFF) << 8) | (src[pos + 1] & 0xFF)));
      }
      if (c > end - pos - BLOCK_HEADER || u > outEnd - out) {
        throw new RootFormatException(where + ": compressed block sizes (" + c + " -> " + u
            + ") do not fit the record");
      }
      int data = pos + BLOCK_HEADER;
      int produced = switch (algorithm) {
        case ZLIB -> zlib.decode(src, data, c, dst, out, u, where);
        case LZMA -> xz.decode(src, data, c, dst, out, u, where);
        case LZ4 -> unlz4(src, data, c, dst, out, u, where);
        case ZSTD -> unzstd(src, data, c, dst, out, u, where);
        default -> throw new RootFormatException(where + ": the old ROOT compression algorithm (CS) is not supported");
      };
      if (produced != u) {
        throw new RootFormatException(where + ": " + algorithm + " block decompressed to " + produced
            + " bytes, its header says " + u);
      }
      if (first == null) {
        first = algorithm;
      }
      out += u;
      pos = data + c;
    }
    if (out != outEnd) {
      throw new RootFormatException(where + ": blocks decompress to " + (out - dstOff) + " bytes, the key says " + outLen);
    }
    return first == null ? Compression.NONE : first;
  }

  /**
   * Decompresses a whole record payload whose blocks declare {@code outLen} bytes in all into a new
   * array. It grows block by block, so a payload whose blocks declare far more than they hold costs
   * at most one block (under 16 MiB) beyond what really came out of it, not {@code outLen}.
   */
  byte[] decompressGrowing(byte[] src, int off, int len, int outLen, Object where) throws RootFormatException {
    byte[] out = new byte[Math.min(outLen, 1 << 16)];
    int produced = 0;
    int pos = off;
    int end = off + len;
    while (pos < end) {
      if (end - pos < BLOCK_HEADER || u24(src, pos + 3) > end - pos - BLOCK_HEADER) {
        throw new RootFormatException(where + ": compressed payload ends inside a block");
      }
      int block = BLOCK_HEADER + u24(src, pos + 3);
      int u = u24(src, pos + 6);
      if (u > outLen - produced) {
        throw new RootFormatException(where + ": compressed blocks hold more than the " + outLen + " bytes declared");
      }
      if (u > out.length - produced) {
        out = Arrays.copyOf(out, (int) Math.min(outLen, Math.max(produced + (long) u, 2L * out.length)));
      }
      decompress(src, pos, block, out, produced, u, where);
      produced += u;
      pos += block;
    }
    if (produced != outLen) {
      throw new RootFormatException(where + ": blocks decompress to " + produced + " bytes, the key says " + outLen);
    }
    return out;
  }

  private static int unlz4(byte[] src, int off, int len, byte[] dst, int dstOff, int u, Object where)
      throws RootFormatException {
    if (len < 8) {
      throw new RootFormatException(where + ": LZ4 block too short for its checksum");
    }
    long expected = ((long) ByteReader.getInt(src, off) << 32) | (ByteReader.getInt(src, off + 4) & 0xFFFFFFFFL);
    long actual = XXH64.hash(src, off + 8, len - 8, 0L);
    if (expected != actual) {
      throw new RootFormatException(where + ": LZ4 block checksum mismatch");
    }
    try {
      return LZ4.decompress(src, off + 8, len - 8, dst, dstOff, u);
    } catch (LZ4Exception e) {
      throw new RootFormatException(where + ": corrupt LZ4 block: " + e.getMessage(), e);
    }
  }

  private int unzstd(byte[] src, int off, int len, byte[] dst, int dstOff, int u, Object where)
      throws RootFormatException {
    if (zstd == null) {
      zstd = new ZstdDecompressCtx();
    }
    try {
      return zstd.decompressByteArray(dst, dstOff, u, src, off, len);
    } catch (ZstdException e) {
      throw new RootFormatException(where + ": corrupt ZSTD block: " + e.getMessage(), e);
    }
  }

  private static int u24(byte[] b, int i) {
    return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | ((b[i + 2] & 0xFF) << 16);
  }

  @Override
  public void close() {
    zlib.close();
    xz.close();
    if (zstd != null) {
      zstd.close();
    }
  }
}
