package org.cortado.runtime.exec;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work items and hands their results back <em>in item order</em>, whatever order they
 * finished in; that ordering is the whole contract that makes merged results independent of the
 * executor. Each thread gets its own {@link Worker}, so workers may keep buffers and open files.
 *
 * <pre>{@code
 * Executor executor = threads == 1 ? new SequentialExecutor() : new ParallelExecutor(threads);
 * executor.run(items, MyWorker::new, result -> total = total.merge(result));
 * }</pre>
 */
public interface Executor {
  /** Processes items on one thread; closed when its thread is done. */
  interface Worker<R> extends AutoCloseable {
    /** The result of one item; unchecked exceptions abort the whole run. */
    R process(WorkItem item);

    @Override
    void close();
  }

  /**
   * Processes every item and passes the results to {@code inOrder}, on the calling thread, in the
   * order of {@code items}. The first exception from a worker stops the run and is rethrown.
   */
  <R> void run(List<WorkItem> items, Supplier<? extends Worker<R>> workers, Consumer<? super R> inOrder);

  /** Number of threads processing items. */
  int threads();
}
