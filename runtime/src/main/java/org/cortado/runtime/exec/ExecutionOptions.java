package org.cortado.runtime.exec;

import java.io.Serializable;

/**
 * How to run: threads, chunking, limits and failure handling.
 *
 * <p>{@code chunkSize} is how many entries are read and processed at once; {@code partitionEntries}
 * is the most entries a work item covers. Results are bit-identical for any {@code threads} and
 * any {@code chunkSize} (chunks never cross items) as long as {@code partitionEntries} and the
 * limits stay the same. Limits apply per dataset, in file order: {@code maxFiles} files,
 * {@code maxChunks} chunks, {@code maxEntries} entries. A failed item is retried
 * {@code retries} times (an item whose file was truncated or deleted during the run is not); if it
 * still fails, {@code skipBadFiles} records it and goes on, otherwise the run stops. Skipped entries
 * count neither as events nor in the generator-weight sum that normalises simulation.
 *
 * @param tree the tree to read, {@code "Events"} for NanoAOD
 */
public record ExecutionOptions(
    int threads,
    long chunkSize,
    long partitionEntries,
    int maxFiles,
    long maxChunks,
    long maxEntries,
    int retries,
    boolean skipBadFiles,
    String tree) implements Serializable {

  /** Default entries per chunk. */
  public static final long DEFAULT_CHUNK_SIZE = 100_000;
  /** Default largest work item. */
  public static final long DEFAULT_PARTITION_ENTRIES = 200_000;

  /** Checks the values. */
  public ExecutionOptions {
    if (threads < 1 || chunkSize < 1 || partitionEntries < 1 || maxFiles < 0 || maxChunks < 0
        || maxEntries < 0 || retries < 0) {
      throw new IllegalArgumentException("threads, chunk size and partition size must be positive,"
          + " limits and retries not negative: " + this);
    }
  }

  /** All cores, default chunking, no limits, one retry, stop on failure, tree {@code Events}. */
  public static ExecutionOptions defaults() {
    return new ExecutionOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_CHUNK_SIZE,
        DEFAULT_PARTITION_ENTRIES, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, 1, false,
        "Events");
  }

  public ExecutionOptions withThreads(int n) {
    return new ExecutionOptions(n, chunkSize, partitionEntries, maxFiles, maxChunks, maxEntries,
        retries, skipBadFiles, tree);
  }

  public ExecutionOptions withChunkSize(long n) {
    return new ExecutionOptions(threads, n, partitionEntries, maxFiles, maxChunks, maxEntries,
        retries, skipBadFiles, tree);
  }

  public ExecutionOptions withPartitionEntries(long n) {
    return new ExecutionOptions(threads, chunkSize, n, maxFiles, maxChunks, maxEntries, retries,
        skipBadFiles, tree);
  }

  /** Per-dataset limits; pass {@code Integer.MAX_VALUE} / {@code Long.MAX_VALUE} for none. */
  public ExecutionOptions withLimits(int files, long chunks, long entries) {
    return new ExecutionOptions(threads, chunkSize, partitionEntries, files, chunks, entries,
        retries, skipBadFiles, tree);
  }

  public ExecutionOptions withSkipBadFiles(boolean skip) {
    return new ExecutionOptions(threads, chunkSize, partitionEntries, maxFiles, maxChunks,
        maxEntries, retries, skip, tree);
  }

  /** The executor these options ask for. */
  public Executor executor() {
    return threads == 1 ? new SequentialExecutor() : new ParallelExecutor(threads);
  }
}
