package org.cortado.runtime.exec;

import java.io.Serializable;
import java.util.List;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * What processing one work item gave, typed and serialisable: its raw (unscaled) outputs, with the
 * histograms as Σw and Σw² per bin, the cut flow with its generator-weight sums, and the column
 * parts it wrote; or the failure that made a run with {@code --skip-bad-files} skip it.
 *
 * @param outputs null for a skipped item; holds no columns once they went to parts
 * @param partsDir null when the parts were written where they belong; else the folder a task
 *     wrote them under, for the driver to adopt ({@link ColumnSink#adopt})
 * @param parts the item's column parts, relative to the output folder
 */
public record ItemResult(WorkItem item, KernelOutputs outputs, Failure failure, String partsDir,
    List<String> parts) implements Serializable {
  /** Copies the list. */
  public ItemResult {
    parts = List.copyOf(parts);
  }
}
