package org.cortado.runtime.exec;

import java.io.IOException;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * Takes each work item's {@code @ColOut} columns as soon as the item is processed, on the worker's
 * thread, so that columns are written in parallel and never gathered for the whole run in memory
 * (PocketCoffea's per-chunk Parquet dump). The run then merges the items' outputs without columns.
 */
@FunctionalInterface
public interface ColumnSink {
  /**
   * Stores the columns of {@code outputs}, the results of item number {@code part} among the items
   * of {@code dataset} (numbered in file and entry order from 0). Called from several threads at
   * once; a retried item is stored again under the same number.
   */
  void accept(Dataset dataset, int part, KernelOutputs outputs) throws IOException;
}
