package org.cortado.rootio;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** zlib through the JDK's {@link Inflater} (the zlib the JDK was built with). */
final class JavaZlibDecoder implements BlockDecoder {
  private final Inflater inflater = new Inflater();
  private final byte[] probe = new byte[1];

  @Override
  public int decode(byte[] src, int off, int len, byte[] dst, int dstOff, int u, Object where)
      throws RootFormatException {
    inflater.reset();
    inflater.setInput(src, off, len);
    int produced = 0;
    try {
      while (produced < u) {
        int n = inflater.inflate(dst, dstOff + produced, u - produced);
        if (n == 0) {
          if (inflater.finished() || inflater.needsInput() || inflater.needsDictionary()) {
            break;
          }
        }
        produced += n;
      }
      if (!inflater.finished()) {
        // A stream that fills the output but is not finished would hide a trailing checksum mismatch,
        // or bytes beyond the header's size: one more byte can come out and finish the stream.
        int beyond = inflater.inflate(probe);
        if (beyond > 0 || !inflater.finished()) {
          throw new RootFormatException(where + ": zlib block does not end where its header says");
        }
      }
    } catch (DataFormatException e) {
      throw new RootFormatException(where + ": corrupt zlib block: " + e.getMessage(), e);
    }
    return produced;
  }

  @Override
  public void close() {
    inflater.end();
  }
}
