package org.cortado.spark;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.cortado.rootio.RangeFetcher;

/**
 * A file on a Hadoop file system (HDFS, S3A, ...) read with positional reads, which rootio's
 * {@code RemoteSource} caches and coalesces as it does HTTP ranges. The file system instance is
 * Hadoop's shared one and stays open; the stream is closed with the file.
 */
final class HadoopFetcher implements RangeFetcher {
  private final FSDataInputStream in;
  private final long length;
  private final String location;

  private HadoopFetcher(FSDataInputStream in, long length, String location) {
    this.in = in;
    this.length = length;
    this.location = location;
  }

  /** Opens {@code file} with the file system Hadoop's configuration {@code conf} gives its scheme. */
  static HadoopFetcher open(URI file, Configuration conf) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(conf);
    long length;
    try {
      length = fs.getFileStatus(path).getLen();
    } catch (IOException e) {
      throw new IOException(file + ": cannot open: " + e.getMessage(), e);
    }
    return new HadoopFetcher(fs.open(path), length, file.toString());
  }

  @Override
  public long length() {
    return length;
  }

  @Override
  public void fetch(long pos, byte[] dst, int off, int len) throws IOException {
    try {
      in.readFully(pos, dst, off, len); // positional: no shared position, safe across threads
    } catch (IOException e) {
      throw new IOException(location + ": cannot read bytes [" + pos + ", " + (pos + len) + "): " + e.getMessage(), e);
    }
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
