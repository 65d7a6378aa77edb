package org.cortado.runtime.exec;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Processes the items one after another on the calling thread; the reference for the others. */
public final class SequentialExecutor implements Executor {
  @Override
  public <R> void run(List<WorkItem> items, Supplier<? extends Worker<R>> workers,
      Consumer<? super R> inOrder) {
    try (Worker<R> worker = workers.get()) {
      for (WorkItem item : items) {
        inOrder.accept(worker.process(item));
      }
    }
  }

  @Override
  public int threads() {
    return 1;
  }
}
