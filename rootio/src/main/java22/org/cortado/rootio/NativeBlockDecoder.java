package org.cortado.rootio;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;

/**
 * A block decoder that calls a system library through the Foreign Function and Memory API (JDK 22+).
 * Only {@link NativeDecoding} touches the subclasses, by reflection, so a JDK 17 never loads them. The
 * block is copied into native memory and the result back: copies run at memory speed, far faster than
 * decoding, and keep the garbage collector free to move the arrays while the library works.
 */
abstract class NativeBlockDecoder implements BlockDecoder {
  /** Native room for a first block; it grows to at most what a block can hold, 2^24 - 1 bytes each way. */
  private static final long INITIAL_BYTES = 64 * 1024;
  private static final long BLOCK_LIMIT = 1 << 24;

  /**
   * Freed by the garbage collector with this decoder, which lives as long as its thread's buffers:
   * {@link ThreadBuffers} never closes its {@link Decompressor}.
   */
  final Arena arena = Arena.ofAuto();
  private MemorySegment in = arena.allocate(INITIAL_BYTES);
  private MemorySegment out = arena.allocate(INITIAL_BYTES);

  @Override
  public final int decode(byte[] src, int off, int len, byte[] dst, int dstOff, int u, Object where)
      throws RootFormatException {
    in = fit(in, len);
    out = fit(out, u);
    MemorySegment.copy(src, off, in, JAVA_BYTE, 0, len);
    int produced = decode(in, len, out, u, where);
    MemorySegment.copy(out, JAVA_BYTE, 0, dst, dstOff, produced);
    return produced;
  }

  /** Decodes {@code len} bytes of {@code in} into at most {@code u} bytes of {@code out}; returns how many. */
  abstract int decode(MemorySegment in, long len, MemorySegment out, long u, Object where) throws RootFormatException;

  /** {@code current} if it holds {@code size} bytes, else a larger segment; the old one goes with the arena. */
  private MemorySegment fit(MemorySegment current, long size) {
    if (current.byteSize() >= size) {
      return current;
    }
    return arena.allocate(Math.max(size, Math.min(2 * current.byteSize(), BLOCK_LIMIT)));
  }

  /**
   * The first of {@code names} the dynamic linker finds, for the life of the JVM. The subclasses pass
   * {@code size_t} as a Java long, so only 64-bit platforms qualify.
   */
  static SymbolLookup library(String... names) {
    if (ADDRESS.byteSize() != Long.BYTES) {
      throw new IllegalStateException("size_t is not 64 bits on this platform");
    }
    IllegalArgumentException missing = null;
    for (String name : names) {
      try {
        return SymbolLookup.libraryLookup(name, Arena.global());
      } catch (IllegalArgumentException e) {
        missing = e;
      }
    }
    throw missing;
  }
}
