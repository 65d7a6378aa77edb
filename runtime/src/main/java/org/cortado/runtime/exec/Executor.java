package org.cortado.runtime.exec;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs work items and hands their results back <em>in item order</em>, whatever order they
 * finished in; that ordering is the whole contract that makes merged results independent of the
 * executor. Implementations: {@link SequentialExecutor} and {@link ParallelExecutor} on this JVM's
 * threads ({@code --executor local}), and Spark ({@code --executor spark}, the {@code cortado-spark}
 * module), found through {@link ExecutorProvider}.
 *
 * <pre>{@code
 * try (Executor executor = ExecutorProvider.create("local", new ExecutorProvider.Settings(4, null))) {
 *   executor.run(items, processor, result -> merged.add(result.outputs()));
 * }
 * }</pre>
 */
public interface Executor extends AutoCloseable {
  /** Processes items on one thread; closed when its thread is done. */
  interface Worker extends AutoCloseable {
    /** The result of one item; unchecked exceptions abort the whole run. */
    ItemResult process(WorkItem item);

    @Override
    void close();
  }

  /**
   * Processes every item with workers of {@code processor} and passes the results to
   * {@code inOrder}, on the calling thread, in the order of {@code items}. The first exception
   * from a worker stops the run and is rethrown.
   */
  void run(List<WorkItem> items, ItemProcessor processor, Consumer<? super ItemResult> inOrder);

  /** Number of threads (or executor cores) processing items. */
  int threads();

  /** Releases what the executor holds (a Spark session); the local ones hold nothing. */
  @Override
  default void close() {}
}
