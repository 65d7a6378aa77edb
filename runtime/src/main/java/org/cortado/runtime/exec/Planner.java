package org.cortado.runtime.exec;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cortado.rootio.RootFile;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.ChunkKernel;

/**
 * The planning step: turns datasets into {@link WorkItem}s per dataset in file order, cut by the
 * per-dataset limits, each item's range a run of whole basket clusters of at most
 * {@code partitionEntries} entries. Files are opened and checked {@link #PLAN_WAVE} per thread at a
 * time on the run's threads, and the results used in file order, so the items, failures and
 * exceptions are those of a sequential pass; a wave ends early only in the files it opened beyond a
 * limit, which are closed unused. Up to {@link #MAX_KEPT_OPEN} files that gave items stay open,
 * keyed by their items, for local workers to read without opening and parsing them a second time.
 */
final class Planner {
  /** Files each planning thread opens ahead of the one whose items are being cut. */
  private static final int PLAN_WAVE = 4;
  /**
   * Files opened while planning that stay open for the workers; the rest are opened again when
   * processed. Bounds the descriptors and mappings a run over thousands of files holds at once.
   */
  static final int MAX_KEPT_OPEN = 256;

  /**
   * The items, the files skipped under {@code --skip-bad-files}, and the files kept open for the
   * items (to close once the run is over, whatever happened).
   */
  record Plan(List<WorkItem> items, List<Failure> failures, Map<WorkItem, PlannedFile> opened) {}

  private final ChunkKernel kernel;
  private final ExecutionOptions options;
  private final Set<FileColumns.Probed> probed;

  Planner(ChunkKernel kernel, ExecutionOptions options, Set<FileColumns.Probed> probed) {
    this.kernel = kernel;
    this.options = options;
    this.probed = probed;
  }

  /**
   * Plans {@code datasets}; on an exception, closes the files it opened before rethrowing.
   *
   * @throws SchemaMismatchException if a file lacks a branch or has another type
   * @throws WorkFailedException if a file cannot be opened and bad files are not skipped
   */
  Plan plan(List<Dataset> datasets) {
    List<WorkItem> items = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Map<WorkItem, PlannedFile> opened = new IdentityHashMap<>();
    Map<String, Integer> parts = new LinkedHashMap<>();
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
        List<URI> files = new ArrayList<>();
        for (URI source : d.sources()) {
          // Work items carry absolute URIs, so that they mean the same file wherever they run.
          files.add(Dataset.isLocal(source) ? Sources.of(Path.of(Dataset.listed(source))) : source);
        }
        for (int first = 0; first < files.size() && entriesLeft > 0 && chunksLeft > 0; ) {
          int waveSize = pool == null ? 1 : PLAN_WAVE * threads;
          List<URI> wave = files.subList(first, Math.min(files.size(), first + waveSize));
          first += wave.size();
          List<Future<Opened>> pending = new ArrayList<>();
          for (URI file : wave) {
            Callable<Opened> task = () -> Opened.of(kernel, d, file, options.tree(), probed);
            pending.add(pool == null ? CompletableFuture.completedFuture(call(task)) : pool.submit(task));
          }
          for (int i = 0; i < wave.size(); i++) {
            URI file = wave.get(i);
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
              String message = "dataset '" + d.name() + "', file " + Sources.display(file) + ": cannot open: "
                  + Sources.describe(o.ioError());
              if (!options.skipBadFiles()) {
                closeAll(pending, i + 1);
                throw new WorkFailedException(message
                    + "; fix the dataset file or pass --skip-bad-files to skip it", o.ioError());
              }
              failures.add(new Failure(d.name(), Sources.display(file), null, message));
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
              int part = parts.merge(d.name(), 1, Integer::sum) - 1;
              fileItems.add(new WorkItem(items.size() + fileItems.size(), part, d,
                  file, options.tree(), range));
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
    } catch (RuntimeException | Error e) {
      for (PlannedFile f : opened.values()) {
        f.close();
      }
      throw e;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return new Plan(List.copyOf(items), failures, opened);
  }

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
    static Opened of(ChunkKernel kernel, Dataset d, URI file, String tree,
        Set<FileColumns.Probed> probed) {
      RootFile root = null;
      try {
        root = Sources.open(file);
        return new Opened(root, FileColumns.resolve(kernel, d, root.table(tree), probed), null, null);
      } catch (IOException e) {
        PlannedFile.closeQuietly(root);
        return new Opened(null, null, e, null);
      } catch (RuntimeException e) {
        PlannedFile.closeQuietly(root);
        return new Opened(null, null, null, e);
      }
    }

    void close() {
      PlannedFile.closeQuietly(root);
    }
  }
}
