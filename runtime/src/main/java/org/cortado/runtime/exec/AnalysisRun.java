package org.cortado.runtime.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cortado.params.Params;
import org.cortado.rootio.RootFile;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.ChunkKernel;
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
 * <p>Simulation needs {@code lumi.picobarns.<year>.tot} in {@code params} and {@code xsec} in the
 * dataset metadata; data needs neither.
 */
public final class AnalysisRun {
  private final ChunkKernel kernel;
  private final Params params;
  private final ExecutionOptions options;
  private final Progress progress;

  /**
   * A run of {@code kernel} bound to {@code params}, which may be null only when the kernel reads
   * no parameters and no dataset is simulation.
   */
  public AnalysisRun(ChunkKernel kernel, Params params, ExecutionOptions options, Progress progress) {
    this.kernel = params == null ? Objects.requireNonNull(kernel) : kernel.withParams(params);
    this.params = params;
    this.options = Objects.requireNonNull(options);
    this.progress = Objects.requireNonNull(progress);
  }

  /**
   * Processes {@code datasets}.
   *
   * @throws SchemaMismatchException if a file lacks a branch or has another type
   * @throws WorkFailedException if a file or item fails and bad files are not skipped
   */
  public RunResult run(List<Dataset> datasets) {
    long started = System.nanoTime();
    for (Dataset d : datasets) {
      lumi(d);
    }
    List<Failure> failures = new ArrayList<>();
    List<WorkItem> items = plan(datasets, failures);
    Map<String, KernelOutputs> merged = new LinkedHashMap<>();
    for (Dataset d : datasets) {
      merged.put(d.name(), KernelOutputs.create(kernel.layout(), d.isMC()));
    }
    options.executor().run(items, ItemWorker::new, r -> {
      if (r.failure() != null) {
        failures.add(r.failure());
      } else {
        String name = r.item().dataset().name();
        merged.put(name, merged.get(name).merge(r.outputs()));
      }
    });
    List<DatasetResult> results = new ArrayList<>();
    long events = 0;
    for (Dataset d : datasets) {
      KernelOutputs out = merged.get(d.name());
      events += out.cutflowCounts()[0];
      results.add(normalise(d, out));
    }
    return new RunResult(kernel.layout(), results, failures, events, items.size(),
        options.threads(), Duration.ofNanos(System.nanoTime() - started));
  }

  private DatasetResult normalise(Dataset d, KernelOutputs out) {
    if (!d.isMC()) {
      return new DatasetResult(d, out, 0, 0, 1);
    }
    double lumi = lumi(d);
    double sum = d.metadata().isSkim() && d.metadata().sumGenweights().isPresent()
        ? d.metadata().sumGenweights().getAsDouble() : out.cutflowSumw()[0];
    if (sum == 0) {
      if (out.cutflowCounts()[0] == 0) {
        return new DatasetResult(d, out, 0, lumi, 0);
      }
      throw new IllegalStateException("dataset '" + d.name() + "': the generator weights of its "
          + out.cutflowCounts()[0] + " processed events sum to 0, so it cannot be normalised");
    }
    List<String> perEvent = List.of(kernel.standardWeights());
    double lumiFactor = perEvent.contains("LUMI") ? 1 : lumi;
    double xsecFactor = perEvent.contains("XS") ? 1 : d.metadata().xsec().orElseThrow();
    return new DatasetResult(d, out, sum, lumi, lumiFactor * xsecFactor / sum);
  }

  private double lumi(Dataset d) {
    if (!d.isMC()) {
      return 0;
    }
    String key = "lumi.picobarns." + d.metadata().year() + ".tot";
    if (params == null || !params.has(key)) {
      throw new IllegalArgumentException("dataset '" + d.name() + "' is simulation of year '"
          + d.metadata().year() + "', but the parameters have no '" + key + "' to normalise it");
    }
    return params.getDouble(key);
  }

  /** Work items per dataset in file order, cut by the per-dataset limits. */
  List<WorkItem> plan(List<Dataset> datasets, List<Failure> failures) {
    List<WorkItem> items = new ArrayList<>();
    for (Dataset full : datasets) {
      Dataset d = full.limitFiles(options.maxFiles());
      long entriesLeft = options.maxEntries();
      long chunksLeft = options.maxChunks();
      for (Path file : d.files()) {
        if (entriesLeft <= 0 || chunksLeft <= 0) {
          break;
        }
        try (RootFile root = RootFile.open(file)) {
          FileColumns columns = FileColumns.resolve(kernel, d, root.tree(options.tree()));
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
            items.add(new WorkItem(d, file, options.tree(), range));
          }
        } catch (IOException e) {
          String message = "dataset '" + d.name() + "', file " + file + ": cannot open: "
              + describe(e);
          if (!options.skipBadFiles()) {
            throw new WorkFailedException(message
                + "; fix the dataset file or pass --skip-bad-files to skip it", e);
          }
          failures.add(new Failure(d.name(), file, null, message));
        }
      }
    }
    long total = 0;
    for (WorkItem item : items) {
      total += item.range().size();
    }
    progress.expect(total);
    return List.copyOf(items);
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
    private RootFile open;
    private Dataset openFor;
    private FileColumns columns;

    @Override
    public ItemResult process(WorkItem item) {
      for (int attempt = 1; ; attempt++) {
        try {
          return new ItemResult(item, processOnce(item), null);
        } catch (IOException | UncheckedIOException e) {
          closeFile();
          if (attempt > options.retries()) {
            String message = item + ": " + describe(e) + " (failed " + attempt + " times)";
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

    private KernelOutputs processOnce(WorkItem item) throws IOException {
      Dataset d = item.dataset();
      if (open == null || !open.path().equals(item.file()) || !openFor.equals(d)) {
        closeFile();
        open = RootFile.open(item.file());
        openFor = d;
        columns = FileColumns.resolve(kernel, d, open.tree(item.tree()));
      }
      KernelOutputs out = KernelOutputs.create(kernel.layout(), d.isMC());
      for (Span chunk : Chunking.chunks(item.range(), columns.clusters(), options.chunkSize())) {
        kernel.process(reader.read(columns, chunk, d), out);
        progress.add(chunk.size());
      }
      return out;
    }

    private void closeFile() {
      if (open != null) {
        try {
          open.close();
        } catch (IOException ignored) {
          // a file we only read from: nothing was lost by failing to close it
        }
        open = null;
        columns = null;
      }
    }

    @Override
    public void close() {
      closeFile();
    }
  }
}
