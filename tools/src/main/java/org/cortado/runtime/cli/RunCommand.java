package org.cortado.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cortado.params.Params;
import org.cortado.params.UnknownKey;
import org.cortado.rootio.Compression;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetCatalog;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Executor;
import org.cortado.runtime.exec.ExecutorProvider;
import org.cortado.runtime.exec.Failure;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.output.CutflowTable;
import org.cortado.runtime.output.OutputFolder;
import org.cortado.runtime.output.OutputWriter;
import org.cortado.runtime.output.RunInfo;
import org.cortado.runtime.skim.SkimFiles;
import org.cortado.runtime.skim.SkimOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cortado run}: runs an analysis kernel over a dataset file and writes the output folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run an analysis over datasets and write histograms, cut flow, columns and metadata to a folder.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--analysis", required = true, paramLabel = "ANALYSIS",
      description = "the analysis: its @Analysis name (zmumu), its class (org.example.ZMuMu; a nested one as org.example.Outer.Inner) or its kernel (org.example.ZMuMu_Kernel)")
  String analysis;

  @Option(names = "--classpath", split = ",", paramLabel = "PATH",
      description = "jars or class folders holding the analysis (comma-separated)")
  List<Path> classpath = new ArrayList<>();

  @Option(names = "--datasets", required = true, paramLabel = "JSON", description = "dataset file (PocketCoffea format)")
  Path datasets;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "output folder")
  Path output;

  @Option(names = "--samples", split = ",", description = "only datasets of these samples")
  List<String> samples = new ArrayList<>();

  @Option(names = "--years", split = ",", description = "only datasets of these years")
  List<String> years = new ArrayList<>();

  @Option(names = "--params", split = ",", paramLabel = "YAML", description = "parameter files merged over the defaults, in order")
  List<Path> params = new ArrayList<>();

  @Option(names = "--threads", description = "worker threads (default: all cores)")
  Integer threads;

  @Option(names = "--executor", defaultValue = "local", paramLabel = "NAME",
      description = "what processes the work items: local (this JVM's threads) or spark (needs"
          + " cortado-spark.jar; see the README) (default: ${DEFAULT-VALUE})")
  String executor;

  @Option(names = "--master", paramLabel = "URL", description = "the cluster of a distributed"
      + " executor: local[2], spark://host:7077, yarn, k8s://... (default: the executor's own, as"
      + " spark-submit sets it)")
  String master;

  @Option(names = "--chunk-size", description = "entries read at once (default: ${DEFAULT-VALUE})",
      defaultValue = "" + ExecutionOptions.DEFAULT_CHUNK_SIZE)
  long chunkSize;

  @Option(names = "--partition-entries", description = "entries per work item, cut on basket clusters: smaller"
      + " items balance threads or Spark tasks better, larger ones merge fewer results (default: ${DEFAULT-VALUE})",
      defaultValue = "" + ExecutionOptions.DEFAULT_PARTITION_ENTRIES)
  long partitionEntries;

  @Option(names = "--max-files", description = "at most this many files per dataset")
  Integer maxFiles;

  @Option(names = "--max-chunks", description = "at most this many chunks per dataset")
  Long maxChunks;

  @Option(names = "--max-entries", description = "at most this many entries per dataset")
  Long maxEntries;

  @Option(names = "--skip-bad-files", description = "record files or chunks that cannot be read (also ones truncated or deleted"
          + " during the run) in run.json and go on; the lost entries count neither as events nor"
          + " in the genWeight sum")
  boolean skipBadFiles;

  @Option(names = "--tree", defaultValue = "Events", description = "tree to read (default: ${DEFAULT-VALUE})")
  String tree;

  @Option(names = {"-q", "--quiet"}, description = "no progress line and no cut-flow table")
  boolean quiet;

  @Option(names = "--save-skimmed", paramLabel = "DIR", description = "also save the events that pass the"
      + " skim (the @Cut(stage = SKIM) cuts and, for data, the golden JSON) as NanoAOD ROOT files in DIR, new or"
      + " empty: DIR/<dataset>/part-<n>_<input>.root, with the inputs' Runs and LuminosityBlocks, and"
      + " DIR/datasets.json, written last, for --datasets (with the sum of genWeight of the events read)")
  Path saveSkimmed;

  @Option(names = "--skim-branches", split = ",", paramLabel = "GLOB", description = "branches the skims keep"
      + " (default: all), e.g. 'Muon_*,MET_*,run,luminosityBlock,event,genWeight'; the counter nX of a kept X_*"
      + " is kept with it")
  List<String> skimBranches = new ArrayList<>();

  @Option(names = "--skim-compression", defaultValue = "zstd", paramLabel = "ALGORITHM",
      description = "compression of the skims: none, zlib, lzma, lz4 or zstd (default: ${DEFAULT-VALUE})")
  String skimCompression;

  @Option(names = "--skim-level", defaultValue = "5", paramLabel = "N",
      description = "compression level of the skims, 1-9 (default: ${DEFAULT-VALUE})")
  int skimLevel;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    PrintWriter out = spec.commandLine().getOut();
    ExecutionOptions defaults = ExecutionOptions.defaults();
    ExecutionOptions options = new ExecutionOptions(threads == null ? defaults.threads() : threads,
        chunkSize, partitionEntries, maxFiles == null ? Integer.MAX_VALUE : maxFiles,
        maxChunks == null ? Long.MAX_VALUE : maxChunks, maxEntries == null ? Long.MAX_VALUE : maxEntries,
        defaults.retries(), skipBadFiles, tree);
    if (saveSkimmed == null && !skimBranches.isEmpty()) {
      throw new IllegalArgumentException("--skim-branches chooses what --save-skimmed keeps; give --save-skimmed DIR");
    }
    if (saveSkimmed != null && saveSkimmed.toAbsolutePath().normalize().startsWith(output.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("--save-skimmed " + saveSkimmed + ": is inside the output folder, which a run"
          + " replaces whole; put the skims beside it");
    }
    Compression compression = GenerateCommand.parse(Compression.class, skimCompression, "--skim-compression",
        "none, zlib, lzma, lz4 or zstd");
    if (compression != Compression.NONE && (skimLevel < 1 || skimLevel > 9)) {
      throw new IllegalArgumentException("--skim-level must be 1 to 9, not " + skimLevel);
    }
    WriteOptions skimWrite = WriteOptions.of(compression, skimLevel);
    List<Dataset> selected = DatasetCatalog.read(datasets).filter(samples, years).datasets();
    if (selected.isEmpty()) {
      throw new IllegalArgumentException(datasets + " has no dataset of samples " + samples + " and years " + years);
    }
    KernelLoader.Loaded loaded = KernelLoader.load(analysis, classpath, params);
    SkimFiles skims = null;
    if (saveSkimmed != null) {
      SkimOptions skimOptions = new SkimOptions(saveSkimmed, skimBranches, skimWrite);
      SkimFiles.checkBranches(skimOptions, selected, tree);
      skims = SkimFiles.create(skimOptions);
    }
    Params merged = loaded.params();
    ChunkKernel kernel = loaded.kernel();
    RunResult result;
    PrintWriter err = spec.commandLine().getErr();
    for (UnknownKey k : loaded.unknownKeys()) {
      err.println("warning: run parameters: " + k + "; it is kept, but the analysis reads no such"
          + " parameter");
    }
    try (OutputFolder folder = OutputFolder.open(output);
         Executor items = ExecutorProvider.create(executor,
             new ExecutorProvider.Settings(options.threads(), master))) {
      try (Progress progress = quiet ? Progress.quiet() : Progress.to(err, System.console() != null)) {
        AnalysisRun run = new AnalysisRun(kernel, merged, options, progress)
            .withColumnSink(folder.columns()).withExecutor(items);
        result = (skims == null ? run : run.withSkimSink(skims)).run(selected);
        if (skims != null) {
          out.printf(Locale.ROOT, "%,d events pass the skim; skims in %s%n", skims.events(),
              skims.writeDatasets(result));
        }
      } catch (Exception | Error e) {
        if (skims != null) {
          skims.discard();
        }
        throw e;
      }
      // The analysis class as its kernel names it, whether --analysis gave a name or a class.
      String analysisClass = loaded.kernel().getClass().getName().replaceFirst("_Kernel$", "");
      OutputWriter.write(folder, result, merged, new RunInfo(analysisClass, spec.commandLine()
          .getParseResult().originalArgs(), options, started));
    }
    if (!quiet) {
      out.print(CutflowTable.of(output));
    }
    for (Failure f : result.failures()) {
      out.println("skipped: " + f.message());
    }
    out.printf(Locale.ROOT, "%,d events in %.2f s (%,.0f events/s, %d threads); output in %s%n",
        result.events(), result.wall().toNanos() / 1e9, result.eventsPerSecond(), result.threads(), output);
    return 0;
  }
}
