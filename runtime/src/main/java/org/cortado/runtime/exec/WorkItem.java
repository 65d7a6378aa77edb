package org.cortado.runtime.exec;

import java.nio.file.Path;
import org.cortado.runtime.dataset.Dataset;

/**
 * One unit of work: entries {@code range} of the tree {@code tree} in {@code file}, which belongs
 * to {@code dataset}. Its range follows the file's basket clusters and never depends on the chunk
 * size or the thread count, which is what makes merged results reproducible.
 */
public record WorkItem(Dataset dataset, Path file, String tree, Span range) {
  @Override
  public String toString() {
    return "dataset '" + dataset.name() + "', file " + file + ", entries " + range;
  }
}
