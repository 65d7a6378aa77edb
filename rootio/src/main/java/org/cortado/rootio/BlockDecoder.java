package org.cortado.rootio;

/**
 * Decodes the stream of one compressed ROOT block (after its 9-byte header) for one algorithm.
 * Implementations hold per-thread state, like {@link Decompressor}; a native and a Java implementation
 * of the same algorithm differ only in speed: for any input, {@link Decompressor} gets the same bytes
 * from both or throws a {@link RootFormatException} with both.
 */
interface BlockDecoder extends AutoCloseable {
  /**
   * What an LZMA block may make the decoder allocate. ROOT's highest preset uses a 64 MiB dictionary; a
   * corrupt header may ask for up to 4 GiB, which is refused instead.
   */
  int XZ_MEMORY_LIMIT_KIB = 80 << 10;

  /**
   * Decodes the {@code len} bytes at {@code src[off]} into at most {@code u} bytes at {@code dst[dstOff]}
   * and returns how many came out; a stream holding more than {@code u} bytes is an error.
   */
  int decode(byte[] src, int off, int len, byte[] dst, int dstOff, int u, Object where) throws RootFormatException;

  /** Frees what the decoder holds outside the heap at once, instead of when it is collected. */
  @Override
  default void close() {}
}
