package org.cortado.rootio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.XZInputStream;

/** The pure-Java decoder (org.tukaani.xz), used on every JDK and the only one before JDK 22. */
final class JavaXzDecoder implements BlockDecoder {
  /** Keeps the dictionary and buffers from block to block instead of reallocating them. */
  private final ArrayCache cache = new BasicArrayCache();

  @Override
  public int decode(byte[] src, int off, int len, byte[] dst, int dstOff, int u, Object where)
      throws RootFormatException {
    try (XZInputStream in = new XZInputStream(new ByteArrayInputStream(src, off, len), XZ_MEMORY_LIMIT_KIB, true,
        cache)) {
      int produced = 0;
      while (produced < u) {
        int n = in.read(dst, dstOff + produced, u - produced);
        if (n < 0) {
          break;
        }
        produced += n;
      }
      if (produced == u && in.read() != -1) {
        throw new RootFormatException(where + ": LZMA block holds more than its header says");
      }
      return produced;
    } catch (RootFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new RootFormatException(where + ": corrupt LZMA block: " + e.getMessage(), e);
    }
  }
}
