package org.cortado.runtime.kernel;

import org.cortado.params.Params;

/**
 * A generated column kernel ({@code <Analysis>_Kernel}): the "what" of an analysis, with no
 * knowledge of files, threads or chunking. An executor reads the listed branches for a range of
 * entries into a {@link ColumnChunk} and calls {@link #process}; kernels keep no state between
 * calls, so one instance may serve any number of chunks and threads.
 *
 * <pre>{@code
 * ChunkKernel kernel = new ZMuMu_Kernel();
 * KernelOutputs out = KernelOutputs.create(kernel.layout(), true);
 * ColumnChunk chunk = ...;   // kernel.branches(true, "2018"), offsets for kernel.counters(true, "2018")
 * kernel.process(chunk, out);
 * }</pre>
 */
public interface ChunkKernel {
  /** The analysis name from {@code @Analysis(name)}. */
  String name();

  /**
   * Value branches the kernel reads for one kind of events and data-taking period (the dataset's
   * {@code year}), sorted. Data chunks need no weight inputs; a branch chosen by a parameter may
   * differ between periods.
   *
   * @throws IllegalArgumentException if the kernel chooses branches per period and {@code year} is
   *     not one of its periods
   */
  String[] branches(boolean isMC, String year);

  /** Counter branches ({@code nMuon}) whose offsets the kernel needs, sorted. */
  String[] counters(boolean isMC, String year);

  /**
   * Value branches the skim cuts read ({@link #skim}), golden JSON and {@code genWeight}
   * included, for one kind of events and period; sorted, and a subset of {@link #branches}.
   */
  String[] skimBranches(boolean isMC, String year);

  /** Counter branches whose offsets {@link #skim} needs, sorted. */
  String[] skimCounters(boolean isMC, String year);

  /** Names and binnings of everything the kernel fills. */
  KernelLayout layout();

  /**
   * Runs the event loop over every entry of {@code chunk}, adding to {@code out}.
   *
   * @throws KernelException if an analysis method throws, naming it and the event
   */
  void process(ColumnChunk chunk, KernelOutputs out);

  /**
   * Evaluates only the skim stage ({@code @Cut(stage = SKIM)} and the golden-JSON mask of data)
   * on every entry of {@code chunk}, which needs only {@link #skimBranches} and
   * {@link #skimCounters}: writes the index in the chunk of each entry that passes them all to
   * {@code passing}, in order, and returns how many did. The events it keeps are those that
   * {@link #process} counts in its last skim row of the cut flow.
   *
   * @throws IllegalArgumentException if {@code passing} is shorter than the chunk
   * @throws KernelException if an analysis method throws, naming it and the event
   */
  int skim(ColumnChunk chunk, int[] passing);

  /**
   * A kernel that reads its {@code @Param} values, standard weights and golden-JSON mask from
   * {@code params} (the merged parameters of a run) instead of the defaults plus the analysis's
   * own parameter files. Kernels that read no parameters return themselves. Parameters are read
   * here, once, never per event; call it once per run and share the result between threads.
   *
   * @throws org.cortado.params.ParamsException naming the path and YAML file and line if a
   *     parameter is missing or has the wrong type
   */
  default ChunkKernel withParams(Params params) {
    return this;
  }

  /**
   * The analysis's own parameter files ({@code @Analysis(params)}), as class-path resource names. A
   * run overlays them on the defaults before its own files, so that a run sees the parameters the
   * analysis was checked against at compile time.
   */
  default String[] paramFiles() {
    return new String[0];
  }

  /**
   * The analysis's subsamples ({@code @Subsample}), as {@code <sample>__<name>} in declaration
   * order. A run splits a dataset of such a sample into one dataset per subsample, named
   * {@code <dataset>__<name>}, and the kernel lets only the subsample's events (by the chunk's
   * sample) into the categories.
   */
  default String[] subsamples() {
    return new String[0];
  }

  /**
   * The {@code StandardWeight} constants the analysis declares ({@code "LUMI"}, {@code "XS"}, ...).
   * A run normalises simulation by lumi x xsec / sum of genWeight; the factors a kernel already
   * applies per event are left out of that, so that nothing is counted twice.
   */
  default String[] standardWeights() {
    return new String[0];
  }
}
