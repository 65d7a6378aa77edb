package org.cortado.rootio;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/** LZMA blocks through liblzma's {@code lzma_stream_buffer_decode}, one call from buffer to buffer. */
final class NativeXzDecoder extends NativeBlockDecoder {
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

  private static final MethodHandle STREAM_BUFFER_DECODE;
  private static final String LIBRARY;
  private static final String FAILURE;

  static {
    MethodHandle decode = null;
    String library = null;
    String failure = null;
    try {
      Linker linker = Linker.nativeLinker();
      SymbolLookup lzma = library("liblzma.so.5", "liblzma.5.dylib");
      decode = linker.downcallHandle(lzma.find("lzma_stream_buffer_decode").orElseThrow(),
          FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS,
              JAVA_LONG));
      MethodHandle versionString = linker.downcallHandle(lzma.find("lzma_version_string").orElseThrow(),
          FunctionDescriptor.of(ADDRESS));
      library = "liblzma " + ((MemorySegment) versionString.invokeExact()).reinterpret(64).getString(0);
    } catch (Throwable e) {
      // Anything from a missing library to a missing symbol means the Java decoder is used instead.
      decode = null;
      failure = "liblzma could not be loaded: " + e;
    }
    STREAM_BUFFER_DECODE = decode;
    LIBRARY = library;
    FAILURE = failure;
  }

  private final MemorySegment memlimit = arena.allocate(JAVA_LONG);
  private final MemorySegment inPos = arena.allocate(JAVA_LONG);
  private final MemorySegment outPos = arena.allocate(JAVA_LONG);

  /** The loaded library and its version; throws, with the reason, if none could be loaded. */
  static String library() {
    if (FAILURE != null) {
      throw new IllegalStateException(FAILURE);
    }
    return LIBRARY;
  }

  @Override
  int decode(MemorySegment in, long len, MemorySegment out, long u, Object where) throws RootFormatException {
    memlimit.set(JAVA_LONG, 0, (long) XZ_MEMORY_LIMIT_KIB << 10);
    inPos.set(JAVA_LONG, 0, 0);
    outPos.set(JAVA_LONG, 0, 0);
    int ret;
    try {
      ret = (int) STREAM_BUFFER_DECODE.invokeExact(memlimit, LZMA_CONCATENATED, MemorySegment.NULL, in, inPos, len,
          out, outPos, u);
    } catch (Throwable e) {
      throw new IllegalStateException("calling liblzma failed", e);
    }
    if (ret != LZMA_OK) {
      throw new RootFormatException(where + ": corrupt LZMA block: " + explain(ret));
    }
    return (int) outPos.get(JAVA_LONG, 0);
  }

  private String explain(int ret) {
    return switch (ret) {
      case LZMA_BUF_ERROR -> "it holds more than its header says";
      case LZMA_DATA_ERROR -> "liblzma found corrupt or truncated data";
      case LZMA_FORMAT_ERROR -> "it is not an .xz stream";
      case LZMA_OPTIONS_ERROR -> "liblzma does not support its options";
      case LZMA_MEMLIMIT_ERROR -> "decoding it needs " + (memlimit.get(JAVA_LONG, 0) >> 20)
          + " MiB, more than the " + (XZ_MEMORY_LIMIT_KIB >> 10) + " MiB allowed";
      case LZMA_MEM_ERROR -> "liblzma could not allocate memory";
      default -> "liblzma returned error " + ret;
    };
  }
}
