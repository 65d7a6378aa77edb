package org.cortado.runtime.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cortado.params.Params;
import org.cortado.rootio.RootFile;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * Runs a generated kernel over datasets: plans work items, processes them with the executor the
 * options ask for, merges the outputs of each dataset in item order and works out the
 * normalisation of simulated datasets.
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
  /** Datasets and column types the kernel has been checked against (FileColumns.resolve). */
  private final Set<FileColumns.Probed> probed = ConcurrentHashMap.newKeySet();

  /**
   * A run of {@code kernel} bound to {@code params}, which may be null only when the kernel reads
   * no parameters and no dataset is simulation.
   */
  public AnalysisRun(ChunkKernel kernel, Params params, ExecutionOptions options, Progress progress) {
    this.kernel = params == null ? Objects.requireNonNull(kernel) : kernel.withParams(params);
    this.params = params;
    this.options = Objects.requireNonNull(options);
    this.progress = Objects.requireNonNull(progress);
    this.columnSink = null;
    this.skimSink = null;
  }

  private AnalysisRun(AnalysisRun run, ColumnSink columnSink, SkimSink skimSink) {
    this.kernel = run.kernel;
    this.params = run.params;
    this.options = run.options;
    this.progress = run.progress;
    this.columnSink = columnSink;
    this.skimSink = skimSink;
  }

  /**
   * The same run, handing each item's columns to {@code sink} as the item is done; the merged
   * outputs of the result then hold no columns.
   */
  public AnalysisRun withColumnSink(ColumnSink sink) {
    return new AnalysisRun(this, Objects.requireNonNull(sink), skimSink);
  }

  /**
   * The same run, handing the events of each item that pass the skim ({@link ChunkKernel#skim})
   * to {@code sink} as the item is processed.
   */
  public AnalysisRun withSkimSink(SkimSink sink) {
    return new AnalysisRun(this, columnSink, Objects.requireNonNull(sink));
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
    List<Failure> failures = new ArrayList<>();
    Map<WorkItem, PlannedFile> opened = new IdentityHashMap<>();
    List<WorkItem> items;
    Map<String, KernelOutputs> merged = new LinkedHashMap<>();
    try {
      items = plan(datasets, failures, opened);
      for (Dataset d : datasets) {
        merged.put(d.name(), KernelOutputs.create(kernel.layout(), d.isMC()));
      }
      Map<WorkItem, Integer> parts = partNumbers(items);
      options.executor().run(items, () -> new ItemWorker(opened, parts, firstOf.keySet()), r -> {
        if (r.failure() != null) {
          failures.add(r.failure());
        } else {
          merged.get(r.item().dataset().name()).add(r.outputs());
        }
      });
    } finally {
      for (PlannedFile f : opened.values()) {
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
    return new RunResult(kernel.layout(), results, failures, events, items.size(),
        options.threads(), Duration.ofNanos(System.nanoTime() - started));
  }

  /** Each item's number among the items of its dataset, in item order. */
  private static Map<WorkItem, Integer> partNumbers(List<WorkItem> items) {
    Map<WorkItem, Integer> parts = new IdentityHashMap<>();
    Map<String, Integer> next = new LinkedHashMap<>();
    for (WorkItem item : items) {
      parts.put(item, next.merge(item.dataset().name(), 1, Integer::sum) - 1);
    }
    return parts;
  }

  /**
   * The dataset's normalisation. The generator-weight sum is that of the events processed, so the
   * entries of a skipped file or item count neither as events nor in the sum. A skim's sum comes
   * from its metadata and counts the events before skimming, lost ones included, with no way to
   * take out their share: a skim that lost entries is refused rather than misnormalised.
   */
  private DatasetResult normalise(Dataset d, KernelOutputs out, List<Failure> failures) {
    if (!d.isMC()) {
      return new DatasetResult(d, out, 0, 0, 1, false);
    }
    double lumi = lumi(d);
    boolean fromMetadata = d.metadata().isSkim() && d.metadata().sumGenweights().isPresent();
    if (fromMetadata && List.of(kernel.standardWeights()).contains("GEN_WEIGHT")) {
      for (Failure f : failures) {
        if (f.dataset().equals(d.name())) {
          throw new WorkFailedException("dataset '" + d.name() + "' is a skim normalised by the"
              + " sum_genweights of its metadata, which counts the entries lost in skipped file "
              + f.file() + " too; repair or remove that file (and its share of sum_genweights)"
              + " rather than skip it", null);
        }
      }
    }
    double sum = fromMetadata ? d.metadata().sumGenweights().getAsDouble() : out.cutflowSumw()[0];
    if (!List.of(kernel.standardWeights()).contains("GEN_WEIGHT")) {
      return new DatasetResult(d, out, sum, lumi, 1, false);
    }
    if (sum == 0) {
      if (out.cutflowCounts()[0] == 0) {
        return new DatasetResult(d, out, 0, lumi, 0, true);
      }
      throw new IllegalStateException("dataset '" + d.name() + "': the generator weights of its "
          + out.cutflowCounts()[0] + " processed events sum to 0, so it cannot be normalised");
    }
    return new DatasetResult(d, out, sum, lumi, 1 / sum, true);
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

  /**
   * Work items per dataset in file order, cut by the per-dataset limits. Files are opened and
   * checked {@link #PLAN_WAVE} per thread at a time on the run's threads, and the results used in
   * file order, so the items, failures and exceptions are those of a sequential pass; a wave ends
   * early only in the files it opened beyond a limit, which are closed unused. Up to
   * {@link #MAX_KEPT_OPEN} files that gave items stay open in {@code opened}, keyed by their items,
   * for the workers to read without opening and parsing them a second time.
   */
  List<WorkItem> plan(List<Dataset> datasets, List<Failure> failures,
      Map<WorkItem, PlannedFile> opened) {
    List<WorkItem> items = new ArrayList<>();
    int threads = options.threads();
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cortado-plan");
      t.setDaemon(true);
      return t;
    });
    int kept = 0;
    try {
      for (Dataset full : datasets) {
        Dataset d = full.limitFiles(options.maxFiles());
        long entriesLeft = options.maxEntries();
        long chunksLeft = options.maxChunks();
        List<Path> files = d.files();
        for (int first = 0; first < files.size() && entriesLeft > 0 && chunksLeft > 0; ) {
          int waveSize = pool == null ? 1 : PLAN_WAVE * threads;
          List<Path> wave = files.subList(first, Math.min(files.size(), first + waveSize));
          first += wave.size();
          List<Future<Opened>> pending = new ArrayList<>();
          for (Path file : wave) {
            Callable<Opened> task = () -> Opened.of(kernel, d, file, options.tree(), probed);
            pending.add(pool == null ? CompletableFuture.completedFuture(call(task)) : pool.submit(task));
          }
          for (int i = 0; i < wave.size(); i++) {
            Path file = wave.get(i);
            Opened o = await(pending.get(i));
            if (entriesLeft <= 0 || chunksLeft <= 0) {
              o.close();
              continue;
            }
            if (o.error() != null) {
              closeAll(pending, i + 1);
              throw o.error();
            }
            if (o.ioError() != null) {
              String message = "dataset '" + d.name() + "', file " + file + ": cannot open: "
                  + describe(o.ioError());
              if (!options.skipBadFiles()) {
                closeAll(pending, i + 1);
                throw new WorkFailedException(message
                    + "; fix the dataset file or pass --skip-bad-files to skip it", o.ioError());
              }
              failures.add(new Failure(d.name(), file, null, message));
              continue;
            }
            FileColumns columns = o.columns();
            List<WorkItem> fileItems = new ArrayList<>();
            for (Span p : Chunking.partitions(columns.clusters(), options.partitionEntries())) {
              if (entriesLeft <= 0 || chunksLeft <= 0) {
                break;
              }
              Span range = new Span(p.start(), p.start() + Math.min(p.size(), entriesLeft));
              List<Span> chunks = Chunking.chunks(range, columns.clusters(), options.chunkSize());
              if (chunks.size() > chunksLeft) {
                range = new Span(range.start(), chunks.get((int) chunksLeft - 1).stop());
                chunksLeft = 0;
              } else {
                chunksLeft -= chunks.size();
              }
              entriesLeft -= range.size();
              fileItems.add(new WorkItem(d, file, options.tree(), range));
            }
            items.addAll(fileItems);
            if (fileItems.isEmpty() || kept >= MAX_KEPT_OPEN) {
              o.close();
            } else {
              kept++;
              PlannedFile shared = new PlannedFile(o.root(), columns, fileItems.size());
              for (WorkItem item : fileItems) {
                opened.put(item, shared);
              }
            }
          }
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    long total = 0;
    for (WorkItem item : items) {
      total += item.range().size();
    }
    progress.expect(total);
    return List.copyOf(items);
  }

  /** Files each planning thread opens ahead of the one whose items are being cut. */
  private static final int PLAN_WAVE = 4;
  /**
   * Files opened while planning that stay open for the workers; the rest are opened again when
   * processed. Bounds the descriptors and mappings a run over thousands of files holds at once.
   */
  static final int MAX_KEPT_OPEN = 256;

  private static Opened call(Callable<Opened> task) {
    try {
      return task.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Opened await(Future<Opened> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while planning", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("planning failed: " + e.getCause(), e.getCause());
    }
  }

  private static void closeAll(List<Future<Opened>> pending, int from) {
    for (int i = from; i < pending.size(); i++) {
      await(pending.get(i)).close();
    }
  }

  /**
   * A file opened and resolved while planning, or why it could not be: an {@link IOException} is a
   * bad file (skippable), any other exception stops the run when its turn in file order comes.
   */
  private record Opened(RootFile root, FileColumns columns, IOException ioError,
      RuntimeException error) {
    static Opened of(ChunkKernel kernel, Dataset d, Path file, String tree,
        Set<FileColumns.Probed> probed) {
      RootFile root = null;
      try {
        root = RootFile.open(file);
        return new Opened(root, FileColumns.resolve(kernel, d, root.table(tree), probed), null, null);
      } catch (IOException e) {
        closeQuietly(root);
        return new Opened(null, null, e, null);
      } catch (RuntimeException e) {
        closeQuietly(root);
        return new Opened(null, null, null, e);
      }
    }

    void close() {
      closeQuietly(root);
    }
  }

  /** A file opened while planning, shared by the workers and closed after its last item. */
  static final class PlannedFile {
    private final RootFile root;
    private final FileColumns columns;
    private final AtomicInteger itemsLeft;
    private final AtomicBoolean closed = new AtomicBoolean();

    PlannedFile(RootFile root, FileColumns columns, int items) {
      this.root = root;
      this.columns = columns;
      this.itemsLeft = new AtomicInteger(items);
    }

    void itemDone() {
      if (itemsLeft.decrementAndGet() == 0) {
        close();
      }
    }

    void close() {
      if (closed.compareAndSet(false, true)) {
        closeQuietly(root);
      }
    }
  }

  private static void closeQuietly(RootFile root) {
    if (root == null) {
      return;
    }
    try {
      root.close();
    } catch (IOException ignored) {
      // a file we only read from: nothing was lost by failing to close it
    }
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file " + missing.getFile();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** What one item gave: outputs, or the failure that made us skip it. */
  record ItemResult(WorkItem item, KernelOutputs outputs, Failure failure) {}

  /** Processes items on one thread, keeping its reader buffers and the last opened file. */
  private final class ItemWorker implements Executor.Worker<ItemResult> {
    private final ChunkReader reader = new ChunkReader();
    /** The indices of a chunk's entries that pass the skim; grows to the largest chunk. */
    private int[] passing = new int[0];
    private final Map<WorkItem, PlannedFile> planned;
    private final Map<WorkItem, Integer> parts;
    /** The datasets whose items save skims: the first subsample of each dataset. */
    private final Set<String> skimming;
    private RootFile open;
    private Dataset openFor;
    private FileColumns columns;

    ItemWorker(Map<WorkItem, PlannedFile> planned, Map<WorkItem, Integer> parts,
        Set<String> skimming) {
      this.planned = planned;
      this.parts = parts;
      this.skimming = skimming;
    }

    @Override
    public ItemResult process(WorkItem item) {
      PlannedFile shared = planned.get(item);
      try {
        return processWithRetries(item, shared);
      } finally {
        if (shared != null) {
          shared.itemDone();
        }
      }
    }

    /** The first attempt reads the file opened while planning, if any; retries open their own. */
    private ItemResult processWithRetries(WorkItem item, PlannedFile shared) {
      for (int attempt = 1; ; attempt++) {
        try {
          FileColumns file = attempt == 1 && shared != null ? shared.columns : ownColumns(item);
          return new ItemResult(item, sinkColumns(item, processOnce(item, file, parts.get(item))),
              null);
        } catch (IOException | UncheckedIOException e) {
          closeFile();
          if (attempt > options.retries() || e instanceof FileColumns.Changed) {
            String message = item + ": " + describe(e)
                + (attempt == 1 ? "" : " (failed " + attempt + " times)");
            if (options.skipBadFiles()) {
              return new ItemResult(item, null,
                  new Failure(item.dataset().name(), item.file(), item.range(), message));
            }
            throw new WorkFailedException(message + "; pass --skip-bad-files to skip it", e);
          }
        } catch (SchemaMismatchException | WorkFailedException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new WorkFailedException(item + ": " + describe(e), e);
        }
      }
    }

    /** Reads the file's columns, turning a fault on a file cut short into an IOException. */
    private ColumnChunk read(FileColumns file, Span chunk, Dataset d) throws IOException {
      file.checkUnchanged();
      try {
        return reader.read(file, chunk, d);
      } catch (InternalError e) {
        // The JVM's report of a fault on a mapped page: the file shrank while being read.
        file.checkUnchanged();
        throw e;
      }
    }

    /** The item's file opened by this worker, kept until an item of another file comes. */
    private FileColumns ownColumns(WorkItem item) throws IOException {
      Dataset d = item.dataset();
      if (open == null || !open.path().equals(item.file()) || !openFor.equals(d)) {
        closeFile();
        open = RootFile.open(item.file());
        openFor = d;
        columns = FileColumns.resolve(kernel, d, open.table(item.tree()), probed);
      }
      return columns;
    }

    private KernelOutputs processOnce(WorkItem item, FileColumns file, int part)
        throws IOException {
      Dataset d = item.dataset();
      KernelOutputs out = KernelOutputs.create(kernel.layout(), d.isMC());
      boolean skims = skimSink != null && skimming.contains(d.name());
      try (SkimSink.Part skimmed = skims ? skimSink.open(item, part, file.tree()) : null) {
        for (Span chunk : Chunking.chunks(item.range(), file.clusters(), options.chunkSize())) {
          ColumnChunk columns = read(file, chunk, d);
          kernel.process(columns, out);
          if (skimmed != null) {
            if (passing.length < columns.size()) {
              passing = new int[columns.size()];
            }
            skimmed.add(chunk, passing, kernel.skim(columns, passing));
          }
          progress.add(chunk.size());
        }
        if (skimmed != null) {
          skimmed.commit();
        }
      }
      return out;
    }

    /** Hands the item's columns to the sink, if any; failing to store them is not a bad file. */
    private KernelOutputs sinkColumns(WorkItem item, KernelOutputs out) {
      if (columnSink == null || out.layout().columns().isEmpty()) {
        return out;
      }
      try {
        columnSink.accept(item.dataset(), parts.get(item), out);
      } catch (IOException e) {
        throw new WorkFailedException(item + ": cannot write its columns: " + describe(e), e);
      }
      out.clearColumns();
      return out;
    }

    private void closeFile() {
      closeQuietly(open);
      open = null;
      columns = null;
    }

    @Override
    public void close() {
      closeFile();
    }
  }
}
