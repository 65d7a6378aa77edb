package org.cortado.runtime.kernel;

/**
 * A generated column kernel ({@code <Analysis>_Kernel}): the "what" of an analysis, with no
 * knowledge of files, threads or chunking. An executor reads the listed branches for a range of
 * entries into a {@link ColumnChunk} and calls {@link #process}; kernels keep no state between
 * calls, so one instance may serve any number of chunks and threads.
 *
 * <pre>{@code
 * ChunkKernel kernel = new ZMuMu_Kernel();
 * KernelOutputs out = KernelOutputs.create(kernel.layout(), true);
 * ColumnChunk chunk = ...;   // kernel.branches(true) and offsets for kernel.counters(true)
 * kernel.process(chunk, out);
 * }</pre>
 */
public interface ChunkKernel {
  /** The analysis name from {@code @Analysis(name)}. */
  String name();

  /** Value branches the kernel reads, sorted; data chunks need fewer (no weight inputs). */
  String[] branches(boolean isMC);

  /** Counter branches ({@code nMuon}) whose offsets the kernel needs, sorted. */
  String[] counters(boolean isMC);

  /** Names and binnings of everything the kernel fills. */
  KernelLayout layout();

  /** Runs the event loop over every entry of {@code chunk}, adding to {@code out}. */
  void process(ColumnChunk chunk, KernelOutputs out);
}
