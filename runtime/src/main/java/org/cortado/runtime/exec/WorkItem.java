package org.cortado.runtime.exec;

import java.io.Serializable;
import java.net.URI;
import org.cortado.runtime.dataset.Dataset;

/**
 * One unit of work: entries {@code range} of the tree {@code tree} in {@code file}, which belongs
 * to {@code dataset}. Its range follows the file's basket clusters and never depends on the chunk
 * size or the thread count, which is what makes merged results reproducible.
 *
 * <p>Serialisable, to be processed on another machine: it then travels with its dataset's name
 * and metadata but not its file list, which the item does not need.
 *
 * @param index the item's place in the plan, the order results are merged in
 * @param part the item's number among the items of its dataset, which names its column parts
 */
public record WorkItem(int index, int part, Dataset dataset, URI file, String tree, Span range)
    implements Serializable {
  @Override
  public String toString() {
    return "dataset '" + dataset.name() + "', file " + Sources.display(file) + ", entries " + range;
  }

  private Object writeReplace() {
    return new Form(index, part, DatasetForm.of(dataset, false), file, tree, range);
  }

  /** What is sent. */
  private record Form(int index, int part, DatasetForm dataset, URI file, String tree, Span range)
      implements Serializable {
    private Object readResolve() {
      return new WorkItem(index, part, dataset.dataset(), file, tree, range);
    }
  }
}
