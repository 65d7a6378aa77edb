package org.cortado.runtime.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock of one output folder: an OS file lock ({@link FileChannel#tryLock}) on a hidden file
 * beside it, so that two runs never write the same folder. The OS drops the lock when its process
 * dies, however it dies, so a killed run never blocks the next one. While locked, the file says
 * who holds it, for the refusal message. The file stays when the lock is released: deleting it
 * would let a run that opened it just before lock a file no longer at the path, beside a run that
 * locked a new one.
 */
final class OutputLock implements AutoCloseable {
  /**
   * Lock files this JVM holds. OS locks belong to the process, and closing any other channel on
   * the file would release them (POSIX), so a second run in this JVM is refused before it opens
   * the file.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

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
    long pid = ProcessHandle.current().pid();
    if (!HELD.add(file)) {
      throw locked(output, file, "pid " + pid + ", this process");
    }
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      try {
        FileLock lock = channel.tryLock();
        if (lock == null) {
          throw locked(output, file, holder(channel));
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + pid + " since " + Instant.now() + "\n")
            .getBytes(StandardCharsets.UTF_8)), 0);
        return new OutputLock(file, channel, lock);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
  }

  private static OutputLockedException locked(Path output, Path file, String holder) {
    return new OutputLockedException("the output folder " + output + " is being written by another"
        + " cortado run" + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it to"
        + " finish or choose another -o (lock file " + file + ")");
  }

  /** What the holder wrote in the file, read through our own channel. */
  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(200);
    channel.read(bytes, 0);
    return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).strip();
  }

  /** Empties the file (a stale holder would mislead) and releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
      HELD.remove(file);
    }
  }
}
