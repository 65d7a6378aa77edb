/**
 * Execution: the "how" that runs a generated {@link org.cortado.runtime.kernel.ChunkKernel} over
 * datasets, in three steps that {@link org.cortado.runtime.exec.AnalysisRun} chains:
 * <ol>
 *   <li>planning ({@code Planner}): datasets become serialisable
 *       {@link org.cortado.runtime.exec.WorkItem}s (dataset name and metadata, file URI, tree,
 *       entry range on basket-cluster boundaries);
 *   <li>processing ({@link org.cortado.runtime.exec.ItemProcessor}): one item in chunks read by a
 *       per-thread {@code ChunkReader} gives one typed, serialisable
 *       {@link org.cortado.runtime.exec.ItemResult}: raw outputs and the names of its column parts;
 *   <li>reducing: results merged per dataset in item order, normalised once
 *       ({@link org.cortado.runtime.exec.DatasetResult#of}); outputs scale them when written.
 * </ol>
 * An {@link org.cortado.runtime.exec.Executor} runs step 2: this JVM's threads
 * ({@link org.cortado.runtime.exec.ParallelExecutor}), or any found through
 * {@link org.cortado.runtime.exec.ExecutorProvider} (Spark, in {@code cortado-spark}). Files are
 * opened only through {@link org.cortado.runtime.exec.Sources}.
 *
 * <p>Why results are bit-identical whatever the executor, thread count and chunk size: a work
 * item's range depends only on the file's cluster layout and {@code partitionEntries}, never on the
 * chunk size or the threads; the chunks of one item fill one {@code KernelOutputs} in entry order,
 * so a sum over an item is the same sequence of additions however it is chunked; and items are
 * merged strictly in plan order, so scheduling cannot reorder an addition. With a
 * {@link org.cortado.runtime.exec.ColumnSink}, each item's exported columns leave as soon as the
 * item is done, numbered by the item's place in its dataset, so they too are the same whatever the
 * executor.
 */
package org.cortado.runtime.exec;
