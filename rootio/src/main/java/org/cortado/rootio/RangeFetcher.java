package org.cortado.rootio;

import java.io.Closeable;
import java.io.IOException;

/**
 * A remote store that answers one byte range per request, such as an HTTP server honouring
 * {@code Range} headers ({@link HttpRanges}). {@link RemoteSource} decides which ranges to ask for;
 * an implementation only fetches them, retrying transient failures itself.
 */
public interface RangeFetcher extends Closeable {
  /** The size of the file in bytes. */
  long length();

  /**
   * Fetches the {@code len} bytes at {@code pos} into {@code dst[off, off + len)} with one request
   * (and its retries). Safe to call from many threads at once.
   *
   * @throws IOException naming {@link #location()}, the byte range and the last cause
   */
  void fetch(long pos, byte[] dst, int off, int len) throws IOException;

  /** The bytes at the start of the file that were already fetched while learning its length. */
  default byte[] head() {
    return new byte[0];
  }

  /** Where the file is, for messages. */
  String location();
}
