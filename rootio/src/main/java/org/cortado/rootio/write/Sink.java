package org.cortado.rootio.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The temporary file a {@link RootWriter} fills: appends at the end, patches the reserved head, and
 * on commit moves itself onto the target path in one atomic rename.
 */
final class Sink implements AutoCloseable {
  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  private long end;
  private boolean open = true;

  Sink(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    Path dir = this.target.getParent();
    Files.createDirectories(dir);
    String prefix = "." + this.target.getFileName() + ".";
    // A temporary file is private by default; the output is a data file like any other, so it
    // gets the permissions of a new file (read for all, less what the umask removes).
    this.temporary = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? Files.createTempFile(dir, prefix, ".partial",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")))
        : Files.createTempFile(dir, prefix, ".partial");
    this.channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
  }

  long end() {
    return end;
  }

  /** Appends and returns the position written at. */
  long append(byte[] bytes, int off, int len) throws IOException {
    long at = end;
    writeAt(at, bytes, off, len);
    end = at + len;
    return at;
  }

  void reserve(long bytes) {
    end = Math.max(end, bytes);
  }

  void writeAt(long at, byte[] bytes, int off, int len) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, off, len);
    long pos = at;
    while (buffer.hasRemaining()) {
      pos += channel.write(buffer, pos);
    }
  }

  void commit() throws IOException {
    channel.force(true);
    channel.close();
    open = false;
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /** Discards everything written: the target is left as it was. */
  @Override
  public void close() throws IOException {
    if (open) {
      open = false;
      channel.close();
      Files.deleteIfExists(temporary);
    }
  }
}
