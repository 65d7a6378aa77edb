package org.cortado.runtime.exec;

import java.io.IOException;
import java.util.List;
import org.cortado.rootio.TTree;
import org.cortado.runtime.dataset.Dataset;

/**
 * Takes the events of each work item that pass the analysis's skim ({@code cortado run
 * --save-skimmed}), on the worker's thread, as the item's chunks are processed: one part per item,
 * committed when the item is done and discarded when it fails, so that a retried item is written
 * once.
 */
public interface SkimSink {
  /**
   * Told before the run how {@code dataset} is run: as itself, or split into {@code runAs}, one
   * dataset per subsample. The skim is the same for every subsample, so only the first one's items
   * are opened, and their parts belong to {@code dataset}.
   */
  default void runs(Dataset dataset, List<Dataset> runAs) {}

  /**
   * Opens the part of {@code item}, number {@code part} among the items of its dataset (numbered in
   * file and entry order from 0); {@code tree} is the item's tree, open for reading. Called from
   * several threads at once.
   */
  Part open(WorkItem item, int part, TTree tree) throws IOException;

  /** The skimmed events of one item, written as its chunks come. */
  interface Part extends AutoCloseable {
    /**
     * Adds the entries {@code chunk.start() + passing[i]} for {@code i < count}, in order: those of
     * {@code chunk} that pass the skim.
     */
    void add(Span chunk, int[] passing, int count) throws IOException;

    /** Finishes the part; without this, {@link #close()} discards it. */
    void commit() throws IOException;

    @Override
    void close() throws IOException;
  }
}
