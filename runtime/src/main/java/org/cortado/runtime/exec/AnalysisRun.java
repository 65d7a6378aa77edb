package org.cortado.runtime.exec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cortado.params.Params;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * Runs a generated kernel over datasets in three steps: plans work items ({@link Planner}), has an
 * executor process them ({@link ItemProcessor}, one typed {@link ItemResult} per item), and
 * reduces the results, merging each dataset's outputs in item order and working out the
 * normalisation of simulated datasets once ({@link DatasetResult#of}).
 *
 * <pre>{@code
 * RunResult result = new AnalysisRun(new ZMuMu_Kernel(), params, ExecutionOptions.defaults(),
 *     Progress.quiet()).run(catalog.datasets());
 * }</pre>
 *
 * <p>Simulation of an analysis with the {@code lumi} weight needs {@code lumi.picobarns.<year>.tot}
 * in {@code params}, and with the {@code XS} weight {@code xsec} in the dataset metadata.
 */
public final class AnalysisRun {
  private final ChunkKernel kernel;
  private final Params params;
  private final ExecutionOptions options;
  private final Progress progress;
  private final ColumnSink columnSink;
  private final SkimSink skimSink;
  private final Executor executor;

  /**
   * A run of {@code kernel} bound to {@code params}, which may be null only when the kernel reads
   * no parameters and no dataset is simulation; items run on the local executor of
   * {@code options}.
   */
  public AnalysisRun(ChunkKernel kernel, Params params, ExecutionOptions options, Progress progress) {
    this(params == null ? Objects.requireNonNull(kernel) : kernel.withParams(params), params,
        Objects.requireNonNull(options), Objects.requireNonNull(progress), null, null, null);
  }

  private AnalysisRun(ChunkKernel kernel, Params params, ExecutionOptions options,
      Progress progress, ColumnSink columnSink, SkimSink skimSink, Executor executor) {
    this.kernel = kernel;
    this.params = params;
    this.options = options;
    this.progress = progress;
    this.columnSink = columnSink;
    this.skimSink = skimSink;
    this.executor = executor;
  }

  /**
   * The same run, handing each item's columns to {@code sink} as the item is done; the merged
   * outputs of the result then hold no columns.
   */
  public AnalysisRun withColumnSink(ColumnSink sink) {
    return new AnalysisRun(kernel, params, options, progress, Objects.requireNonNull(sink),
        skimSink, executor);
  }

  /**
   * The same run, handing the events of each item that pass the skim ({@link ChunkKernel#skim})
   * to {@code sink} as the item is processed.
   */
  public AnalysisRun withSkimSink(SkimSink sink) {
    return new AnalysisRun(kernel, params, options, progress, columnSink,
        Objects.requireNonNull(sink), executor);
  }

  /** The same run on {@code executor} (which the caller closes) instead of the local one. */
  public AnalysisRun withExecutor(Executor executor) {
    return new AnalysisRun(kernel, params, options, progress, columnSink, skimSink,
        Objects.requireNonNull(executor));
  }

  /**
   * Processes {@code datasets}.
   *
   * @throws SchemaMismatchException if a file lacks a branch or has another type
   * @throws WorkFailedException if a file or item fails and bad files are not skipped
   */
  public RunResult run(List<Dataset> given) {
    long started = System.nanoTime();
    // A split sample is run once per subsample: each reads the same files and keeps its own events.
    List<Dataset> datasets = new ArrayList<>();
    // The first subsample of each dataset counts its events and saves its skims, under the
    // dataset's own name and sample: the skim is the same for every subsample.
    Map<String, Dataset> firstOf = new HashMap<>();
    for (Dataset d : given) {
      List<Dataset> split = d.splitInto(kernel.subsamples());
      firstOf.put(split.get(0).name(), d);
      if (skimSink != null) {
        skimSink.runs(d, split);
      }
      datasets.addAll(split);
    }
    for (Dataset d : datasets) {
      lumi(d);
    }
    Set<FileColumns.Probed> probed = ConcurrentHashMap.newKeySet();
    Planner.Plan plan = new Planner(kernel, options, probed).plan(datasets);
    List<Failure> failures = new ArrayList<>(plan.failures());
    Map<String, KernelOutputs> merged = new LinkedHashMap<>();
    try {
      long total = 0;
      for (WorkItem item : plan.items()) {
        total += item.range().size();
      }
      progress.expect(total);
      for (Dataset d : datasets) {
        merged.put(d.name(), KernelOutputs.create(kernel.layout(), d.isMC()));
      }
      ItemProcessor processor = new ItemProcessor(kernel, params, options, firstOf.keySet(),
          plan.opened(), progress, columnSink, skimSink);
      Executor ex = executor == null ? options.executor() : executor;
      ex.run(plan.items(), processor, r -> reduce(r, merged, failures));
    } finally {
      for (PlannedFile f : plan.opened().values()) {
        f.close();
      }
    }
    List<DatasetResult> results = new ArrayList<>();
    long events = 0;
    for (Dataset d : datasets) {
      KernelOutputs out = merged.get(d.name());
      events += firstOf.containsKey(d.name()) ? out.cutflowCounts()[0] : 0;
      results.add(normalise(d, out, failures));
    }
    int threads = executor == null ? options.threads() : executor.threads();
    return new RunResult(kernel.layout(), results, failures, events, plan.items().size(), threads,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** Adds one item's result, in item order, and puts its column parts in place. */
  private void reduce(ItemResult r, Map<String, KernelOutputs> merged, List<Failure> failures) {
    if (r.failure() != null) {
      failures.add(r.failure());
      return;
    }
    merged.get(r.item().dataset().name()).add(r.outputs());
    if (r.partsDir() != null) {
      try {
        columnSink.adopt(Path.of(r.partsDir()), r.parts());
      } catch (IOException e) {
        throw new WorkFailedException(r.item() + ": cannot move its column parts into the output: "
            + Sources.describe(e), e);
      }
    }
  }

  /**
   * The dataset's normalisation. A skim's generator-weight sum comes from its metadata and counts
   * the events before skimming, lost ones included, with no way to take out their share: a skim
   * that lost entries is refused rather than misnormalised.
   */
  private DatasetResult normalise(Dataset d, KernelOutputs out, List<Failure> failures) {
    boolean byGenWeight = List.of(kernel.standardWeights()).contains("GEN_WEIGHT");
    if (d.isMC() && DatasetResult.fromMetadata(d) && byGenWeight) {
      for (Failure f : failures) {
        if (f.dataset().equals(d.name())) {
          throw new WorkFailedException("dataset '" + d.name() + "' is a skim normalised by the"
              + " sum_genweights of its metadata, which counts the entries lost in skipped file "
              + f.file() + " too; repair or remove that file (and its share of sum_genweights)"
              + " rather than skip it", null);
        }
      }
    }
    return DatasetResult.of(d, out, lumi(d), byGenWeight);
  }

  /**
   * The luminosity of a simulated dataset's period, which the {@code lumi} weight reads: required
   * when the analysis declares that weight, reported when the parameters have it, else 0.
   */
  private double lumi(Dataset d) {
    if (!d.isMC()) {
      return 0;
    }
    String key = "lumi.picobarns." + d.metadata().year() + ".tot";
    if (params != null && params.has(key)) {
      return params.getDouble(key);
    }
    if (List.of(kernel.standardWeights()).contains("LUMI")) {
      throw new IllegalArgumentException("dataset '" + d.name() + "' is simulation of year '"
          + d.metadata().year() + "', but the parameters have no '" + key + "' for its lumi"
          + " weight");
    }
    return 0;
  }
}
