/**
 * Apache Spark as an {@link org.cortado.runtime.exec.Executor} ({@code cortado run --executor
 * spark}): each planned work item is one Spark task, and the driver merges the tasks' typed
 * results in item order, so a Spark run writes the same bytes as a local one.
 *
 * <p>Column parts follow a commit protocol of their own, the shape of Spark's file commit
 * protocols: a task attempt writes its item's parts into a folder of that attempt under the
 * output's staging folder, and returns their names with its result; the driver moves in the parts
 * of the one attempt whose result Spark kept, after the whole job succeeded. A retried or
 * speculative attempt therefore never adds a part, and a failed job adopts none, so the output
 * folder (replaced whole or not at all) gets no {@code columns/}.
 */
package org.cortado.spark;
