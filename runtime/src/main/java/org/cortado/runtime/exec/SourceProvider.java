package org.cortado.runtime.exec;

import java.io.IOException;
import java.net.URI;
import org.cortado.rootio.ByteSource;

/**
 * Reads files of URI schemes that rootio does not read itself, found with {@link java.util.ServiceLoader}:
 * the Spark module reads {@code hdfs://}, {@code s3a://} and the other Hadoop file systems this way.
 */
public interface SourceProvider {
  /** True if this provider reads files whose URIs have {@code scheme}. */
  boolean reads(String scheme);

  /** The bytes of {@code file}. */
  ByteSource open(URI file) throws IOException;
}
