package org.cortado.runtime.exec;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.cortado.rootio.TTree;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.kernel.ColumnChunk;

/**
 * Reads branches of a tree into one chunk exactly as a run's reader does (the same array types,
 * offsets from the counters, the dataset's metadata on the chunk), for benchmarks, tests and tools
 * that run a kernel or a calibrator on a file without the executor.
 */
public final class Columns {
  private Columns() {}

  /**
   * Entries {@code [0, entries)} of {@code branches}, with the offsets of {@code counters}.
   *
   * @throws IllegalArgumentException naming a branch the tree lacks or cannot be read as a column
   */
  public static ColumnChunk read(TTree tree, long entries, Collection<String> branches,
      Collection<String> counters, DatasetMetadata metadata) throws IOException {
    return new ChunkReader().read(FileColumns.of(tree, branches, counters), new Span(0, entries),
        new Dataset(tree.name(), metadata, List.of()));
  }
}
