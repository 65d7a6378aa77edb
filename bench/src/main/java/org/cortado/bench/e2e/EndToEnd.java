package org.cortado.bench.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cortado.bench.kernel.DiMuonHistograms_Kernel;
import org.cortado.example.zmumu.RdfSkimDimuons_Kernel;
import org.cortado.example.zmumu.ZMuMuAnalysis_Kernel;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.rootio.Branch;
import org.cortado.rootio.EventTable;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.exec.fixture.DiMuon_Kernel;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.histograms.Hist2D;
import org.cortado.runtime.internal.Kernels;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnBuffer;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.runtime.output.OutputFolder;

/**
 * End-to-end throughput: {@link AnalysisRun} with a generated kernel over real files, once per
 * thread count, next to a bare read of the same branches ({@link BareRead}) with no kernel. Each
 * measurement is one timed run after {@code --warmup} untimed ones in the same JVM; it prints
 * wall time, events/s, events/s per thread, and the branches' compressed and decompressed MB/s,
 * plus a fingerprint of every output bit so that runs with different thread counts can be
 * compared.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.cortado.bench.e2e.EndToEnd /tmp/big/dy10M.root \
 *     --threads 1,2 --mode both [--analysis zmumu|dimuon|histograms|rdf-skim] [--params overlay.yaml] \
 *     [--files 1] [--warmup 1] [--columns DIR] [--branches A,B,...]
 * </pre>
 *
 * {@code --analysis zmumu} is the Z->mumu example (its parameters, plus {@code --params}, which
 * must point its pile-up and muon corrections at files, as {@code run-example.sh} does).
 * {@code --files N} runs one dataset that lists the file N times, to stand in for many files.
 * {@code --columns DIR} writes the {@code @ColOut} parts into {@code DIR} during the run, as
 * {@code cortado run} does; without it they are gathered in memory and not written.
 * A file whose {@code Events} is an RNTuple is read alike (its MB/s are not computed and print as 0).
 * {@code --branches} makes the bare read read these branches instead of the kernel's, to compare
 * layouts of the same data (an RDataFrame skim's vectors against NanoAOD's counted arrays).
 */
public final class EndToEnd {
  private EndToEnd() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: EndToEnd FILE... [--threads 1,2] [--mode kernel|bare|both]"
          + " [--analysis zmumu|dimuon|histograms|rdf-skim] [--params YAML] [--columns DIR] [--files N]"
          + " [--warmup N] [--chunk N] [--partition N] [--branches A,B,...]");
      System.exit(2);
    }
    List<Path> inputs = new ArrayList<>();
    int[] threads = {1, 2};
    String mode = "both";
    String analysis = "dimuon";
    List<String> explicit = null;
    int copies = 1;
    int warmup = 1;
    long chunk = ExecutionOptions.DEFAULT_CHUNK_SIZE;
    long partition = ExecutionOptions.DEFAULT_PARTITION_ENTRIES;
    Path overlay = null;
    Path columns = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--mode" -> mode = args[++i];
        case "--analysis" -> analysis = args[++i];
        case "--files" -> copies = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--chunk" -> chunk = Long.parseLong(args[++i]);
        case "--partition" -> partition = Long.parseLong(args[++i]);
        case "--params" -> overlay = Path.of(args[++i]);
        case "--columns" -> columns = Path.of(args[++i]);
        case "--branches" -> explicit = List.of(args[++i].split(","));
        default -> inputs.add(Path.of(args[i]));
      }
    }
    List<Path> files = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      files.addAll(inputs);
    }
    ChunkKernel kernel = switch (analysis) {
      case "zmumu" -> new ZMuMuAnalysis_Kernel();
      case "dimuon" -> new DiMuon_Kernel();
      case "histograms" -> new DiMuonHistograms_Kernel();
      case "rdf-skim" -> new RdfSkimDimuons_Kernel();
      default -> throw new IllegalArgumentException("unknown analysis " + analysis);
    };
    Params params = params(kernel, overlay);
    Dataset dataset = new Dataset("DYJetsToLL_M-50_2018",
        DatasetMetadata.mc("DYJetsToLL", "2018", 6077.22), files);
    List<String> branches = explicit != null ? explicit : branchesRead(kernel, files.get(0));
    long[] bytes = bytes(files, branches);
    System.out.printf(Locale.ROOT, "%s: %d file(s), %d branches read (%s), %.1f MB compressed,"
        + " %.1f MB decompressed; chunk %d, partition %d; %d processors%n",
        analysis, files.size(), branches.size(), String.join(",", branches), bytes[0] / 1e6,
        bytes[1] / 1e6, chunk, partition, Runtime.getRuntime().availableProcessors());
    for (int t : threads) {
      ExecutionOptions options = ExecutionOptions.defaults().withThreads(t).withChunkSize(chunk)
          .withPartitionEntries(partition);
      if (!mode.equals("bare")) {
        AnalysisRun run = new AnalysisRun(kernel, params, options, Progress.quiet());
        for (int w = 0; w < warmup; w++) {
          run(run, dataset, columns);
        }
        long cpu = cpuNanos();
        long start = System.nanoTime();
        RunResult r = run(run, dataset, columns);
        report("kernel", t, r.events(), System.nanoTime() - start, cpuNanos() - cpu, bytes,
            "items " + r.items() + ", fingerprint " + Long.toHexString(fingerprint(r)));
      }
      if (!mode.equals("kernel")) {
        for (int w = 0; w < warmup; w++) {
          BareRead.run(files, branches, t, chunk);
        }
        long cpu = cpuNanos();
        long start = System.nanoTime();
        long events = BareRead.run(files, branches, t, chunk);
        report("bare  ", t, events, System.nanoTime() - start, cpuNanos() - cpu, bytes, "");
      }
    }
  }

  /**
   * The kernel's parameters, as {@code cortado run} merges them: defaults, its analysis's files,
   * then {@code overlay} if given. {@code AnalysisRun} binds the kernel to them.
   */
  private static Params params(ChunkKernel kernel, Path overlay) {
    ParamsLoader loader = Kernels.paramsLoader(kernel.getClass(), kernel.paramFiles());
    return (overlay == null ? loader : loader.file(overlay)).load();
  }

  /** One run; with {@code columns}, each item's columns are written there as it is done. */
  private static RunResult run(AnalysisRun run, Dataset dataset, Path columns) throws IOException {
    if (columns == null) {
      return run.run(List.of(dataset));
    }
    try (OutputFolder folder = OutputFolder.open(columns)) { // written, timed, never committed
      return run.withColumnSink(folder.columns()).run(List.of(dataset));
    }
  }

  /** The value and counter branches the kernel reads for simulation, sorted, without repeats. */
  static List<String> branchesRead(ChunkKernel kernel, Path file) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    try (RootFile root = RootFile.open(file)) {
      EventTable table = root.table("Events");
      // A collection stored as vectors has no counter branch: its sizes come with its vectors.
      Arrays.stream(kernel.counters(true, "2018")).filter(c -> table.findColumn(c).isPresent()).forEach(names::add);
    }
    names.addAll(Arrays.asList(kernel.branches(true, "2018")));
    return List.copyOf(names);
  }

  /** Compressed and decompressed bytes of {@code branches} over all {@code files}. */
  private static long[] bytes(List<Path> files, List<String> branches) throws IOException {
    long[] total = new long[2];
    for (Path f : files) {
      try (RootFile root = RootFile.open(f)) {
        if (!(root.table("Events") instanceof TTree tree)) {
          continue; // an RNTuple does not sum its pages' sizes per field; its MB/s print as 0
        }
        for (String name : branches) {
          Branch b = tree.branch(name);
          total[0] += b.compressedBytes();
          total[1] += b.uncompressedBytes();
        }
      }
    }
    return total;
  }

  /**
   * Prints the figures of one timed run. {@code cpuNanos} is the CPU time of the whole JVM over the
   * run (workers, compiler and collector threads): on a machine shared with other jobs it changes far
   * less than the wall time, so it is what to compare when the load average is above the core count.
   */
  private static void report(String what, int threads, long events, long nanos, long cpuNanos, long[] bytes,
      String extra) throws IOException {
    double s = nanos / 1e9;
    System.out.printf(Locale.ROOT, "%s threads=%d events=%d wall=%.2fs cpu=%.2fs  %.2f M events/s"
        + "  %.2f M events/s/thread  %.0f MB/s compressed  %.0f MB/s decompressed  load %s  %s%n",
        what, threads, events, s, cpuNanos / 1e9, events / s / 1e6, events / s / 1e6 / threads,
        bytes[0] / s / 1e6, bytes[1] / s / 1e6, load(), extra);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String load() throws IOException {
    String[] f = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
    return f[0] + "," + f[1] + "," + f[2];
  }

  /** A hash of every count and every weight sum's bits: equal for bit-identical outputs. */
  static long fingerprint(RunResult r) {
    long h = 1125899906842597L;
    for (var d : r.datasets()) {
      KernelOutputs o = d.outputs();
      h = mix(h, Arrays.hashCode(o.cutflowCounts()));
      h = mix(h, Arrays.hashCode(o.cutflowSumw()));
      h = mix(h, Arrays.hashCode(o.categoryCounts()));
      h = mix(h, Arrays.hashCode(o.sumw()));
      h = mix(h, Arrays.hashCode(o.sumw2()));
      h = mix(h, Double.hashCode(d.scale()));
      for (int k = 0; k < o.layout().histograms().size(); k++) {
        if (o.hist1d(k) != null) {
          for (Hist1D x : o.hist1d(k)) {
            h = x == null ? mix(h, 0) : mix(mix(h, Arrays.hashCode(x.sumw())), Arrays.hashCode(x.sumw2()));
          }
        } else {
          for (Hist2D x : o.hist2d(k)) {
            if (x == null) {
              continue;
            }
            for (int ix = 0; ix < x.xAxis().extent(); ix++) {
              for (int iy = 0; iy < x.yAxis().extent(); iy++) {
                h = mix(mix(h, Double.hashCode(x.sumw(ix, iy))), Double.hashCode(x.sumw2(ix, iy)));
              }
            }
          }
        }
      }
      for (int k = 0; k < o.layout().columns().size(); k++) {
        for (ColumnBuffer c : o.columns(k)) {
          h = c == null ? mix(h, 0) : mix(h, Arrays.hashCode(c.toArray()));
        }
      }
    }
    return h;
  }

  private static long mix(long h, int v) {
    return (h ^ v) * 0x100000001b3L;
  }
}
