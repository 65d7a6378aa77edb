package org.cortado.rootio.write;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;
import org.cortado.rootio.Compression;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZOutputStream;

/**
 * Compresses a record payload into ROOT's block format (ROOT-FORMAT.md §3.2): blocks of at most
 * 2^24 - 1 input bytes, each behind a 9-byte header of algorithm, method and the two little-endian
 * 3-byte sizes. Like ROOT, a payload that does not shrink is stored raw. Holds compressor state;
 * one instance per writing thread.
 */
final class BlockCompressor implements AutoCloseable {
  static final int MAX_BLOCK = 0xFFFFFF;
  private static final int HEADER = 9;

  private final Compression algorithm;
  private final int level;
  private Deflater deflater;
  private LZ4Compressor lz4;
  private XXHash64 xxh64;
  private ZstdCompressCtx zstd;
  private byte[] scratch = new byte[0];

  BlockCompressor(Compression algorithm, int level) {
    this.algorithm = algorithm;
    this.level = level;
    switch (algorithm) {
      case ZLIB -> deflater = new Deflater(level);
      case LZ4 -> {
        LZ4Factory factory = LZ4Factory.fastestInstance();
        lz4 = level >= 4 ? factory.highCompressor(level) : factory.fastCompressor();
        xxh64 = XXHashFactory.fastestInstance().hash64();
      }
      case ZSTD -> {
        zstd = new ZstdCompressCtx();
        zstd.setLevel(level);
      }
      default -> { }
    }
  }

  /**
   * Appends the compressed form of {@code src[off, off + len)} to {@code out} and returns true, or
   * appends nothing and returns false when compression would not make it smaller.
   */
  boolean compress(byte[] src, int off, int len, Out out) {
    if (algorithm == Compression.NONE || len == 0) {
      return false;
    }
    int start = out.size();
    for (int done = 0; done < len; ) {
      int n = Math.min(MAX_BLOCK, len - done);
      Block block = compressBlock(src, off + done, n);
      int c = block.length();
      if (c >= n || out.size() - start + HEADER + c >= len) {
        out.truncate(start);
        return false;
      }
      out.bytes(algorithm.magic().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.u1(method());
      out.u1(c).u1(c >>> 8).u1(c >>> 16);
      out.u1(n).u1(n >>> 8).u1(n >>> 16);
      out.bytes(block.data(), 0, c);
      done += n;
    }
    return true;
  }

  private int method() {
    return switch (algorithm) {
      case ZLIB -> 8;
      case LZMA -> 0;
      default -> 1;
    };
  }

  /** The first {@code length} bytes of {@code data} are one compressed block (checksum included for LZ4). */
  private record Block(byte[] data, int length) {}

  private Block compressBlock(byte[] src, int off, int n) {
    int bound = n + n / 2 + 1024;
    if (scratch.length < bound) {
      scratch = new byte[bound];
    }
    switch (algorithm) {
      case ZLIB -> {
        deflater.reset();
        deflater.setInput(src, off, n);
        deflater.finish();
        int c = 0;
        while (!deflater.finished() && c < scratch.length) {
          c += deflater.deflate(scratch, c, scratch.length - c);
        }
        return new Block(scratch, deflater.finished() ? c : Integer.MAX_VALUE);
      }
      case LZ4 -> {
        int max = lz4.maxCompressedLength(n) + 8;
        if (scratch.length < max) {
          scratch = new byte[max];
        }
        int c = lz4.compress(src, off, n, scratch, 8, max - 8);
        long checksum = xxh64.hash(scratch, 8, c, 0L);
        for (int i = 0; i < 8; i++) {
          scratch[i] = (byte) (checksum >>> (56 - 8 * i));
        }
        return new Block(scratch, c + 8);
      }
      case ZSTD -> {
        int max = (int) Zstd.compressBound(n);
        if (scratch.length < max) {
          scratch = new byte[max];
        }
        return new Block(scratch, zstd.compressByteArray(scratch, 0, max, src, off, n));
      }
      case LZMA -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(n / 2 + 64);
        try (XZOutputStream xz = new XZOutputStream(bytes, new LZMA2Options(level), XZ.CHECK_CRC32)) {
          xz.write(src, off, n);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return new Block(bytes.toByteArray(), bytes.size());
      }
      default -> throw new AssertionError(algorithm);
    }
  }

  @Override
  public void close() {
    if (deflater != null) {
      deflater.end();
    }
    if (zstd != null) {
      zstd.close();
    }
  }
}
