package org.cortado.runtime.exec;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ServiceLoader;
import org.cortado.rootio.RootFile;
import org.cortado.runtime.dataset.Dataset;

/**
 * Where the files of work items are opened: the one place that turns an item's URI into an open
 * {@link RootFile}, so that remote schemes plug in here and nowhere else. {@code file:} URIs are
 * memory-mapped, {@code http(s):} URLs read with range requests ({@link RootFile#open(URI)}), and
 * other schemes by a {@link SourceProvider} (the Spark module's reads Hadoop file systems).
 */
public final class Sources {
  private Sources() {}

  /** The URI of a local file, as work items carry it. */
  public static URI of(Path file) {
    return file.toAbsolutePath().toUri();
  }

  /**
   * Opens {@code file}: a local one by its path (also a relative URI, as datasets list them).
   *
   * @throws IOException if it cannot be read, or its scheme is not one rootio reads
   */
  public static RootFile open(URI file) throws IOException {
    if (Dataset.isLocal(file)) {
      return RootFile.open(Path.of(Dataset.listed(file)));
    }
    String scheme = file.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      for (SourceProvider provider : ServiceLoader.load(SourceProvider.class)) {
        if (provider.reads(scheme)) {
          return RootFile.open(provider.open(file));
        }
      }
      throw new IOException(file + ": nothing here reads '" + scheme + "://' files; Hadoop file systems (hdfs, s3a,"
          + " ...) are read under Spark (cortado run --executor spark, or spark-submit with cortado-spark.jar)");
    }
    return RootFile.open(file);
  }

  /** The file as users name it: the path of a local file, else the URI. */
  public static String display(URI file) {
    return "file".equals(file.getScheme()) ? Path.of(file).toString() : file.toString();
  }

  /** Why {@code e} happened, in words for a message. */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file " + missing.getFile();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** The last segment of the file's path ({@code nano.root}). */
  public static String fileName(URI file) {
    String path = file.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
