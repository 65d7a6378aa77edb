package org.cortado.rootio;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * Decodes LZMA blocks with liblzma's {@code lzma_stream_buffer_decode}, one call from buffer to buffer,
 * through the Foreign Function and Memory API (JDK 22+). Only {@link LzmaDecoding} touches this class, by
 * reflection, so a JDK 17 never loads it. The block is copied into native memory and the result back:
 * copies run at memory speed, about a hundred times faster than decoding, and keep the garbage collector
 * free to move the arrays while liblzma works.
 */
final class NativeXzDecoder implements XzDecoder {
  /** Values of liblzma's {@code lzma_ret} (lzma/base.h), stable since 5.0. */
  private static final int LZMA_OK = 0;
  private static final int LZMA_MEM_ERROR = 5;
  private static final int LZMA_MEMLIMIT_ERROR = 6;
  private static final int LZMA_FORMAT_ERROR = 7;
  private static final int LZMA_OPTIONS_ERROR = 8;
  private static final int LZMA_DATA_ERROR = 9;
  private static final int LZMA_BUF_ERROR = 10;
  /**
   * Accepts stream padding and concatenated streams, as the Java decoder does, and requires the input to
   * end with a complete stream.
   */
  private static final int LZMA_CONCATENATED = 0x08;

  /** Native room for a first block; it grows to at most what a block can hold, 2^24 - 1 bytes each way. */
  private static final long INITIAL_BYTES = 64 * 1024;
  private static final long BLOCK_LIMIT = 1 << 24;

  private static final MethodHandle STREAM_BUFFER_DECODE;
  private static final String VERSION;
  private static final String FAILURE;

  static {
    MethodHandle decode = null;
    String version = null;
    String failure = null;
    try {
      if (ADDRESS.byteSize() != Long.BYTES) {
        throw new IllegalStateException("size_t is not 64 bits on this platform");
      }
      Linker linker = Linker.nativeLinker();
      SymbolLookup lzma = library();
      decode = linker.downcallHandle(lzma.find("lzma_stream_buffer_decode").orElseThrow(),
          FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS,
              JAVA_LONG));
      MethodHandle versionString = linker.downcallHandle(lzma.find("lzma_version_string").orElseThrow(),
          FunctionDescriptor.of(ADDRESS));
      version = ((MemorySegment) versionString.invokeExact()).reinterpret(64).getString(0);
    } catch (Throwable e) {
      // Anything from a missing library to a missing symbol means the Java decoder is used instead.
      decode = null;
      failure = "liblzma could not be loaded: " + e;
    }
    STREAM_BUFFER_DECODE = decode;
    VERSION = version;
    FAILURE = failure;
  }

  /**
   * Freed by the garbage collector with this decoder, which lives as long as its thread's buffers:
   * {@link ThreadBuffers} never closes its {@link Decompressor}.
   */
  private final Arena arena = Arena.ofAuto();
  private final MemorySegment memlimit = arena.allocate(JAVA_LONG);
  private final MemorySegment inPos = arena.allocate(JAVA_LONG);
  private final MemorySegment outPos = arena.allocate(JAVA_LONG);
  private MemorySegment in = arena.allocate(INITIAL_BYTES);
  private MemorySegment out = arena.allocate(INITIAL_BYTES);

  /** The version of the loaded liblzma; throws, with the reason, if none could be loaded. */
  static String libraryVersion() {
    if (FAILURE != null) {
      throw new IllegalStateException(FAILURE);
    }
    return VERSION;
  }

  private static SymbolLookup library() {
    IllegalArgumentException missing = null;
    for (String name : new String[] {"liblzma.so.5", "liblzma.5.dylib"}) {
      try {
        return SymbolLookup.libraryLookup(name, Arena.global());
      } catch (IllegalArgumentException e) {
        missing = e;
      }
    }
    throw missing;
  }

  @Override
  public int decode(byte[] src, int off, int len, byte[] dst, int dstOff, int u, Object where)
      throws RootFormatException {
    in = fit(in, len);
    out = fit(out, u);
    MemorySegment.copy(src, off, in, JAVA_BYTE, 0, len);
    memlimit.set(JAVA_LONG, 0, (long) MEMORY_LIMIT_KIB << 10);
    inPos.set(JAVA_LONG, 0, 0);
    outPos.set(JAVA_LONG, 0, 0);
    int ret;
    try {
      ret = (int) STREAM_BUFFER_DECODE.invokeExact(memlimit, LZMA_CONCATENATED, MemorySegment.NULL, in, inPos,
          (long) len, out, outPos, (long) u);
    } catch (Throwable e) {
      throw new IllegalStateException("calling liblzma failed", e);
    }
    if (ret != LZMA_OK) {
      throw new RootFormatException(where + ": corrupt LZMA block: " + explain(ret));
    }
    int produced = (int) outPos.get(JAVA_LONG, 0);
    MemorySegment.copy(out, JAVA_BYTE, 0, dst, dstOff, produced);
    return produced;
  }

  /** {@code current} if it holds {@code size} bytes, else a larger segment; the old one goes with the arena. */
  private MemorySegment fit(MemorySegment current, long size) {
    if (current.byteSize() >= size) {
      return current;
    }
    return arena.allocate(Math.max(size, Math.min(2 * current.byteSize(), BLOCK_LIMIT)));
  }

  private String explain(int ret) {
    return switch (ret) {
      case LZMA_BUF_ERROR -> "it holds more than its header says";
      case LZMA_DATA_ERROR -> "liblzma found corrupt or truncated data";
      case LZMA_FORMAT_ERROR -> "it is not an .xz stream";
      case LZMA_OPTIONS_ERROR -> "liblzma does not support its options";
      case LZMA_MEMLIMIT_ERROR -> "decoding it needs " + (memlimit.get(JAVA_LONG, 0) >> 20)
          + " MiB, more than the " + (MEMORY_LIMIT_KIB >> 10) + " MiB allowed";
      case LZMA_MEM_ERROR -> "liblzma could not allocate memory";
      default -> "liblzma returned error " + ret;
    };
  }
}
