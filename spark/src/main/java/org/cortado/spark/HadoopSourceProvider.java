package org.cortado.spark;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.cortado.rootio.ByteSource;
import org.cortado.rootio.RemoteSource;
import org.cortado.runtime.exec.SourceProvider;

/**
 * Reads {@code hdfs://}, {@code s3a://} and every other scheme the Hadoop configuration on the class
 * path has a file system for (Spark's {@code HADOOP_CONF_DIR} on a cluster), through
 * {@link HadoopFetcher} behind rootio's caching {@link RemoteSource}.
 */
public final class HadoopSourceProvider implements SourceProvider {
  private final Configuration conf = new Configuration();

  @Override
  public boolean reads(String scheme) {
    try {
      return FileSystem.getFileSystemClass(scheme, conf) != null;
    } catch (IOException e) {
      return false; // no file system for the scheme
    }
  }

  @Override
  public ByteSource open(URI file) throws IOException {
    return new RemoteSource(HadoopFetcher.open(file, conf), RemoteSource.Coalescing.defaults());
  }
}
