package org.cortado.runtime.exec;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.rootio.RootFile;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * The processing step: runs the kernel over one work item at a time and returns an
 * {@link ItemResult}. An executor makes one {@link #worker} per thread (or per task), which keeps
 * its reader buffers and its last open file.
 *
 * <p>Serialisable, so that a cluster's tasks process items in other JVMs: it then carries the
 * kernel's class and the run's parameters as YAML, and the executors build the kernel from them;
 * the files opened while planning, the progress line and the sinks of the driver stay behind, and
 * columns are written through {@link #worker(Path)} into a folder of the task's attempt.
 */
public final class ItemProcessor implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ExecutionOptions options;
  /** The datasets whose items save skims: the first subsample of each dataset. */
  private final Set<String> skimming;
  /** Whether items write column parts. */
  private final boolean columnsOut;
  /** How a task writes its parts; taken from the run's sink when the processor is serialised. */
  private PartsWriter partsWriter;
  private final String kernelClass;
  /** The run's parameters as YAML, filled in when the processor is serialised; null for none. */
  private String paramsYaml;
  private transient ChunkKernel kernel;
  private transient Params params;
  private transient Set<FileColumns.Probed> probed = ConcurrentHashMap.newKeySet();
  private final transient Map<WorkItem, PlannedFile> planned;
  private final transient Progress progress;
  private final transient ColumnSink columnSink;
  private final transient SkimSink skimSink;

  ItemProcessor(ChunkKernel kernel, Params params, ExecutionOptions options, Set<String> skimming,
      Map<WorkItem, PlannedFile> planned, Progress progress, ColumnSink columnSink,
      SkimSink skimSink) {
    this.kernel = kernel;
    this.params = params;
    this.kernelClass = kernel.getClass().getName();
    this.options = options;
    this.skimming = Set.copyOf(skimming);
    this.planned = planned;
    this.progress = progress;
    this.columnSink = columnSink;
    this.skimSink = skimSink;
    this.columnsOut = columnSink != null && !kernel.layout().columns().isEmpty();
  }

  /** Whether items write column parts. */
  public boolean writesColumns() {
    return columnsOut;
  }

  /** The run's folder for task attempts' parts ({@link ColumnSink#scratch()}). */
  public Path scratch() {
    return columnSink.scratch();
  }

  /**
   * Whether items save skims: their sink writes on the driver's machine only, so executors whose
   * tasks run elsewhere refuse such runs.
   */
  public boolean savesSkims() {
    return skimSink != null;
  }

  /** A worker for one thread, writing columns to the run's sink. */
  public Executor.Worker worker() {
    return new Worker(null);
  }

  /**
   * A worker for one task attempt, writing column parts under {@code partsDir} (if the run writes
   * columns) for the driver to adopt once the attempt is the one kept.
   */
  public Executor.Worker worker(Path partsDir) {
    return new Worker(partsDir);
  }

  private ChunkKernel kernel() {
    if (kernel == null) {
      kernel = Kernels.create(kernelClass, paramsYaml);
    }
    return kernel;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    if (paramsYaml == null && params != null) {
      paramsYaml = params.toYaml();
    }
    if (partsWriter == null && columnsOut) {
      partsWriter = columnSink.writer();
    }
    out.defaultWriteObject();
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    probed = ConcurrentHashMap.newKeySet();
  }

  /**
   * Builds kernels in an executor's JVM, once per kernel class and parameters: every task brings a
   * new copy of the processor, and building a kernel loads its correction files. A kernel is
   * shared by all threads (as the local executor shares it), so one per JVM is enough.
   */
  private static final class Kernels {
    private static final Map<List<String>, ChunkKernel> BUILT = new ConcurrentHashMap<>();

    static ChunkKernel create(String kernelClass, String paramsYaml) {
      return BUILT.computeIfAbsent(Arrays.asList(kernelClass, paramsYaml), k -> build(kernelClass,
          paramsYaml));
    }

    private static ChunkKernel build(String kernelClass, String paramsYaml) {
      try {
        Class<?> type = Class.forName(kernelClass, true,
            Thread.currentThread().getContextClassLoader());
        ChunkKernel k = (ChunkKernel) type.getConstructor().newInstance();
        return paramsYaml == null ? k
            : k.withParams(ParamsLoader.empty().text("run parameters", paramsYaml).load());
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new IllegalStateException("cannot create kernel " + kernelClass + " in this JVM (is"
            + " the analysis jar on the executors' class path?): " + e, e);
      }
    }
  }

  /** Processes items on one thread, keeping its reader buffers and the last opened file. */
  private final class Worker implements Executor.Worker {
    private final ChunkReader reader = new ChunkReader();
    private final Path partsDir;
    /** The indices of a chunk's entries that pass the skim; grows to the largest chunk. */
    private int[] passing = new int[0];
    private RootFile open;
    private URI openFile;
    private Dataset openFor;
    private FileColumns columns;

    Worker(Path partsDir) {
      this.partsDir = partsDir;
    }

    @Override
    public ItemResult process(WorkItem item) {
      PlannedFile shared = planned == null ? null : planned.get(item);
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
          FileColumns file = attempt == 1 && shared != null ? shared.columns() : ownColumns(item);
          return sinkColumns(item, processOnce(item, file));
        } catch (IOException | UncheckedIOException e) {
          closeFile();
          if (attempt > options.retries() || e instanceof FileColumns.Changed) {
            String message = item + ": " + Sources.describe(e)
                + (attempt == 1 ? "" : " (failed " + attempt + " times)");
            if (options.skipBadFiles()) {
              return new ItemResult(item, null, new Failure(item.dataset().name(),
                  Sources.display(item.file()), item.range(), message), null, List.of());
            }
            throw new WorkFailedException(message + "; pass --skip-bad-files to skip it", e);
          }
        } catch (SchemaMismatchException | WorkFailedException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new WorkFailedException(item + ": " + Sources.describe(e), e);
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
      if (open == null || !openFile.equals(item.file()) || !openFor.equals(d)) {
        closeFile();
        open = Sources.open(item.file());
        openFile = item.file();
        openFor = d;
        columns = FileColumns.resolve(kernel(), d, open.table(item.tree()), probed);
      }
      return columns;
    }

    private KernelOutputs processOnce(WorkItem item, FileColumns file) throws IOException {
      Dataset d = item.dataset();
      ChunkKernel k = kernel();
      KernelOutputs out = KernelOutputs.create(k.layout(), d.isMC());
      boolean skims = skimSink != null && skimming.contains(d.name());
      try (SkimSink.Part skimmed = skims ? skimSink.open(item, item.part(), file.tree()) : null) {
        for (Span chunk : Chunking.chunks(item.range(), file.clusters(), options.chunkSize())) {
          ColumnChunk chunkColumns = read(file, chunk, d);
          k.process(chunkColumns, out);
          if (skimmed != null) {
            if (passing.length < chunkColumns.size()) {
              passing = new int[chunkColumns.size()];
            }
            skimmed.add(chunk, passing, k.skim(chunkColumns, passing));
          }
          if (progress != null) {
            progress.add(chunk.size());
          }
        }
        if (skimmed != null) {
          skimmed.commit();
        }
      }
      return out;
    }

    /** Hands the item's columns to the sink, if any; failing to store them is not a bad file. */
    private ItemResult sinkColumns(WorkItem item, KernelOutputs out) {
      if (!columnsOut) {
        return new ItemResult(item, out, null, null, List.of());
      }
      List<String> parts;
      try {
        parts = partsDir == null ? columnSink.accept(item.dataset(), item.part(), out)
            : partsWriter.write(partsDir, item.dataset(), item.part(), out);
      } catch (IOException e) {
        throw new WorkFailedException(item + ": cannot write its columns: " + Sources.describe(e),
            e);
      }
      out.clearColumns();
      return new ItemResult(item, out, null, partsDir == null ? null : partsDir.toString(), parts);
    }

    private void closeFile() {
      PlannedFile.closeQuietly(open);
      open = null;
      columns = null;
    }

    @Override
    public void close() {
      closeFile();
    }
  }
}
