package org.cortado.runtime.exec;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.cortado.rootio.RootFile;

/**
 * Where the files of work items are opened: the one place that turns an item's URI into an open
 * {@link RootFile}, so that remote schemes (http, and Hadoop file systems under Spark) plug in here
 * and nowhere else. Today only {@code file:} URIs are read.
 */
public final class Sources {
  private Sources() {}

  /** The URI of a local file, as work items carry it. */
  public static URI of(Path file) {
    return file.toAbsolutePath().toUri();
  }

  /**
   * Opens {@code file}.
   *
   * @throws IOException if it cannot be read, or its scheme is not one we read
   */
  public static RootFile open(URI file) throws IOException {
    if (!"file".equals(file.getScheme())) {
      throw new IOException(file + ": cannot read '" + file.getScheme() + "' URIs, only local"
          + " files (file:)");
    }
    return RootFile.open(Path.of(file));
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
