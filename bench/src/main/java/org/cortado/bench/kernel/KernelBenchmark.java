package org.cortado.bench.kernel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cortado.example.zmumu.ZMuMuAnalysis_Kernel;
import org.cortado.params.ParamsLoader;
import org.cortado.rootio.RootFile;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.Columns;
import org.cortado.runtime.internal.Kernels;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelOutputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A generated kernel alone: {@code analysis=histograms} is {@code DiMuonHistograms_Kernel},
 * {@code analysis=zmumu} the Z→μμ example's (collection views, a merged lepton collection, flags and
 * parameter choices, with its toy corrections from {@code bench/zmumu-toy-params.yaml}). One
 * invocation runs it over an in-memory
 * {@link ColumnChunk} of {@value #EVENTS} events read once from {@code input}, adding to outputs
 * that live for the whole trial (histograms have fixed sizes). Scores and {@code -prof gc}'s
 * {@code gc.alloc.rate.norm} are per event, since each invocation counts as {@value #EVENTS}
 * operations; multiply by {@value #EVENTS} for a whole chunk.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar KernelBenchmark -prof gc
 * java -jar bench/target/benchmarks.jar KernelBenchmark -p analysis=zmumu -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-XX:+IgnoreUnrecognizedVMOptions"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KernelBenchmark {
  /** Events per chunk, and so per invocation. */
  public static final int EVENTS = 50_000;

  /** A file made by {@code cortado generate} with at least {@value #EVENTS} events. */
  @Param("/tmp/big/dy50k.root")
  public String input;

  /** Which kernel: {@code histograms} or {@code zmumu}. */
  @Param({"histograms", "zmumu"})
  public String analysis;

  private ChunkKernel kernel;
  private ColumnChunk chunk;
  private KernelOutputs out;

  @Setup(Level.Trial)
  public void load() throws IOException {
    kernel = analysis.equals("zmumu")
        ? new ZMuMuAnalysis_Kernel().withParams(Kernels.paramsLoader(ZMuMuAnalysis_Kernel.class,
            new ZMuMuAnalysis_Kernel().paramFiles()).file(Path.of("bench/zmumu-toy-params.yaml"))
            .load())
        : new DiMuonHistograms_Kernel().withParams(ParamsLoader.withDefaults().load());
    try (RootFile file = RootFile.open(Path.of(input))) {
      chunk = Columns.read(file.tree("Events"), EVENTS, List.of(kernel.branches(true, "2018")),
          List.of(kernel.counters(true, "2018")), DatasetMetadata.mc("DYJetsToLL", "2018", 6077.22));
    }
    out = KernelOutputs.create(kernel.layout(), true);
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public KernelOutputs process() {
    kernel.process(chunk, out);
    // Columns are written out after every chunk in a run; here they are just dropped, keeping
    // their storage, so that only what the event loop itself allocates is counted.
    out.clearColumns();
    return out;
  }
}
