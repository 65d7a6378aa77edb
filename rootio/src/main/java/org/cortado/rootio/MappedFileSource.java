package org.cortado.rootio;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A local file mapped in segments of at most {@link #SEGMENT} bytes. Reads copy straight from the
 * page cache without a system call, and absolute bulk gets never move a shared position, so any
 * number of threads can read at once without a lock.
 */
final class MappedFileSource implements ByteSource {
  private static final long SEGMENT = 1L << 30;

  private final Path path;
  private final FileChannel channel;
  private final long length;
  private final MappedByteBuffer[] segments;

  MappedFileSource(Path path, FileChannel channel) throws IOException {
    this.path = path;
    this.channel = channel;
    this.length = channel.size();
    this.segments = new MappedByteBuffer[(int) ((length + SEGMENT - 1) / SEGMENT)];
    for (int i = 0; i < segments.length; i++) {
      long start = i * SEGMENT;
      segments[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(SEGMENT, length - start));
    }
  }

  @Override
  public long length() {
    return length;
  }

  /** Copies across segment borders if need be. */
  @Override
  public void read(long pos, byte[] dst, int off, int len) {
    int done = 0;
    while (done < len) {
      long at = pos + done;
      int segment = (int) (at / SEGMENT);
      int offset = (int) (at % SEGMENT);
      int n = (int) Math.min(len - done, SEGMENT - offset);
      segments[segment].get(offset, dst, off + done, n);
      done += n;
    }
  }

  @Override
  public String location() {
    return path.toString();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
