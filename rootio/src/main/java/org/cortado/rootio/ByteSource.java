package org.cortado.rootio;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The bytes of one file, wherever they are stored: a local file ({@link RootFile#open(java.nio.file.Path)}
 * maps it into memory), an HTTP(S) server ({@link RemoteSource} over an {@link HttpRanges}), or any
 * other store a caller plugs in through {@link RootFile#open(ByteSource)}, such as a Hadoop
 * FileSystem. Reads are positional, so one source serves any number of threads at once.
 */
public interface ByteSource extends Closeable {
  /** The size of the file in bytes; fixed for the life of the source. */
  long length();

  /**
   * Copies the {@code len} bytes at file offset {@code pos} into {@code dst[off, off + len)}, or
   * throws: a source never returns fewer bytes than asked. The caller has checked that the span
   * lies within {@link #length()}. Safe to call from many threads at once.
   *
   * @throws IOException naming {@link #location()}, and for a remote store the byte range and why
   *     it could not be read
   */
  void read(long pos, byte[] dst, int off, int len) throws IOException;

  /**
   * Announces that the bytes of {@code ranges} are about to be read, so that a remote source can
   * fetch them with a few merged requests instead of one per read. Only a hint: reads are correct
   * whether or not it was given, and a local source ignores it.
   */
  default void prefetch(List<ByteRange> ranges) throws IOException {}

  /** Where the bytes are, for messages: a path or a URL. */
  String location();
}
