package org.cortado.runtime.exec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * Takes each work item's {@code @ColOut} columns as soon as the item is processed, on the worker's
 * thread, so that columns are written in parallel and never gathered for the whole run in memory
 * (PocketCoffea's per-chunk Parquet dump). The run then merges the items' outputs without columns.
 *
 * <p>Executors whose tasks run in other processes do not call {@link #accept}: each task attempt
 * writes its item's parts with {@link #writer()} into a folder of its own under {@link #scratch()},
 * and the driver {@link #adopt}s the parts of the one attempt whose result it kept, so that a
 * retried or speculative attempt never adds a part.
 */
public interface ColumnSink {
  /**
   * Stores the columns of {@code outputs}, the results of item number {@code part} among the items
   * of {@code dataset} (numbered in file and entry order from 0). Called from several threads at
   * once; a retried item is stored again under the same number.
   *
   * @return the parts written, relative to the output folder
   */
  List<String> accept(Dataset dataset, int part, KernelOutputs outputs) throws IOException;

  /** A folder for task attempts to write parts into, visible to the tasks. */
  default Path scratch() {
    throw new UnsupportedOperationException("this column sink takes no parts written elsewhere");
  }

  /** Writes parts as {@link #accept} does, into any folder. */
  default PartsWriter writer() {
    throw new UnsupportedOperationException("this column sink takes no parts written elsewhere");
  }

  /** Moves {@code parts}, written under {@code dir} by {@link #writer()}, to their place. */
  default void adopt(Path dir, List<String> parts) throws IOException {
    throw new UnsupportedOperationException("this column sink takes no parts written elsewhere");
  }
}
