/**
 * Execution: the "how" that runs a generated {@link org.cortado.runtime.kernel.ChunkKernel} over
 * datasets. {@link org.cortado.runtime.exec.AnalysisRun} plans {@link org.cortado.runtime.exec.WorkItem}s
 * (dataset, file, entry range) on basket-cluster boundaries, has an
 * {@link org.cortado.runtime.exec.Executor} process them, each in chunks read by a per-thread
 * {@link org.cortado.runtime.exec.ChunkReader}, and merges the per-item outputs in item order.
 *
 * <p>Why results are bit-identical whatever the thread count and chunk size: a work item's range
 * depends only on the file's cluster layout and {@code partitionEntries}, never on the chunk size
 * or the threads; the chunks of one item fill one {@code KernelOutputs} in entry order, so a sum
 * over an item is the same sequence of additions however it is chunked; and items are merged
 * strictly in plan order, so thread scheduling cannot reorder an addition. With a
 * {@link org.cortado.runtime.exec.ColumnSink}, each item's exported columns leave on its worker's
 * thread as soon as the item is done, numbered by the item's place in the plan, so they too are
 * the same whatever the threads.
 */
package org.cortado.runtime.exec;
