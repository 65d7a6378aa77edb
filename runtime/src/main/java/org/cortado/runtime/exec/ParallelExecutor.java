package org.cortado.runtime.exec;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * Processes items on a fixed number of threads that each take the next unclaimed item. The calling
 * thread hands results on in item order; threads may run at most {@code 4 * threads} items ahead
 * of the oldest unfinished one, which bounds the results held in memory while waiting.
 */
public final class ParallelExecutor implements Executor {
  private final int threads;

  /** An executor with {@code threads} worker threads. */
  public ParallelExecutor(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  @Override
  public int threads() {
    return threads;
  }

  @Override
  public void run(List<WorkItem> items, ItemProcessor processor,
      Consumer<? super ItemResult> inOrder) {
    int n = items.size();
    AtomicReferenceArray<ItemResult> results = new AtomicReferenceArray<>(n);
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Semaphore ahead = new Semaphore(4 * threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cortado-worker");
      t.setDaemon(true);
      return t;
    });
    Object signal = new Object();
    try {
      for (int t = 0; t < Math.min(threads, n); t++) {
        pool.execute(() -> {
          try (Worker worker = processor.worker()) {
            while (failure.get() == null) {
              ahead.acquire();
              int i = next.getAndIncrement();
              if (i >= n) {
                return;
              }
              results.set(i, Objects.requireNonNull(worker.process(items.get(i)), "worker result"));
              synchronized (signal) {
                signal.notifyAll();
              }
            }
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
            synchronized (signal) {
              signal.notifyAll();
            }
          }
        });
      }
      for (int i = 0; i < n; i++) {
        synchronized (signal) {
          while (results.get(i) == null && failure.get() == null) {
            signal.wait(100);
          }
        }
        rethrow(failure.get());
        ItemResult r = results.getAndSet(i, null);
        ahead.release();
        inOrder.accept(r);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running work items", e);
    } finally {
      pool.shutdownNow();
      awaitWorkers(pool);
    }
  }

  /**
   * Waits for the workers to finish the items they hold, so that after a failure none of them
   * writes (a column part, say) into an output the caller is about to remove. A worker that does
   * not stop within a minute is left behind rather than hanging the run.
   */
  private static void awaitWorkers(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void rethrow(Throwable failure) {
    if (failure == null) {
      return;
    }
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(failure);
  }
}
