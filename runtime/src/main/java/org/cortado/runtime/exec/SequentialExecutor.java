package org.cortado.runtime.exec;

import java.util.List;
import java.util.function.Consumer;

/** Processes the items one after another on the calling thread; the reference for the others. */
public final class SequentialExecutor implements Executor {
  @Override
  public void run(List<WorkItem> items, ItemProcessor processor,
      Consumer<? super ItemResult> inOrder) {
    try (Worker worker = processor.worker()) {
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
