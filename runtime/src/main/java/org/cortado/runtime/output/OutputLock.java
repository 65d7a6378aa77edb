package org.cortado.runtime.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;

/**
 * The lock of one output folder: an OS file lock ({@link FileChannel#tryLock}) on a hidden file
 * beside it, so that two runs never write the same folder. The OS drops the lock when its process
 * dies, however it dies, so a killed run never blocks the next one. The file holds who locked it,
 * for the refusal message, and is deleted on release; a run that locked a file deleted in the
 * meantime sees its stamp missing from the path and counts the folder as taken.
 */
final class OutputLock implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code file} for writing {@code output}.
   *
   * @throws OutputLockedException if another run, in this process or another, holds it
   */
  static OutputLock acquire(Path file, Path output) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    try {
      FileLock lock = tryLock(channel);
      String stamp = "pid " + ProcessHandle.current().pid() + " since " + Instant.now() + " ("
          + UUID.randomUUID() + ")\n";
      if (lock != null) {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(stamp.getBytes(StandardCharsets.UTF_8)), 0);
        if (stamp.equals(read(file))) {
          return new OutputLock(file, channel, lock);
        }
      }
      String holder = read(file);
      throw new OutputLockedException("the output folder " + output + " is being written by another"
          + " cortado run" + (holder.isBlank() ? "" : " (" + holder.strip().replaceFirst(" \\(.*", "")
          + ")") + "; wait for it to finish or choose another -o (lock file " + file + ")");
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // another run in this JVM holds it
    }
  }

  private static String read(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return "";
    }
  }

  /** Deletes the lock file while still holding the lock, then releases it. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
