package org.cortado.runtime.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers see either the old content or the complete new one: the bytes go
 * to a hidden temporary file in the same folder (same file system, so the rename is atomic), which
 * is then moved over the target. A failure deletes the temporary file and leaves the target as it
 * was.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes a whole file to a path it is given. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(Path temporary) throws IOException;
  }

  /** Writes UTF-8 text to {@code target} atomically. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
  }

  /** Streams bytes to {@code target} atomically. */
  public static void writeStream(Path target, StreamBody body) throws IOException {
    write(target, tmp -> {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.writeTo(out);
      }
    });
  }

  /** Content written to a stream. */
  @FunctionalInterface
  public interface StreamBody {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Lets {@code writer} fill a temporary file, then moves it to {@code target}. */
  public static void write(Path target, Writer writer) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid()
        + "-" + Thread.currentThread().getId());
    Files.deleteIfExists(tmp);
    try {
      writer.writeTo(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
