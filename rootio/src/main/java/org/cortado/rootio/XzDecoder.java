package org.cortado.rootio;

/**
 * Decodes the .xz stream of one ROOT LZMA block. Implementations hold per-thread state, like
 * {@link Decompressor}, and differ only in speed: for any input both return the same bytes or both throw
 * a {@link RootFormatException}.
 */
interface XzDecoder {
  /**
   * Decodes the {@code len} bytes at {@code src[off]} into at most {@code u} bytes at {@code dst[dstOff]}
   * and returns how many came out; a stream holding more than {@code u} bytes is an error.
   */
  int decode(byte[] src, int off, int len, byte[] dst, int dstOff, int u, Object where) throws RootFormatException;

  /**
   * What an LZMA block may make the decoder allocate. ROOT's highest preset uses a 64 MiB dictionary; a
   * corrupt header may ask for up to 4 GiB, which is refused instead.
   */
  int MEMORY_LIMIT_KIB = 80 << 10;
}
