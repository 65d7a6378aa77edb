package org.cortado.bench.exec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.TimeUnit;
import org.cortado.bench.kernel.DiMuonHistograms_Kernel;
import org.cortado.example.zmumu.ZMuMuAnalysis_Kernel;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.histograms.Hist2D;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One simulated work item's outputs ({@code KernelOutputs}, all variations) as the Spark executor
 * moves them: {@link #encode} is a task serialising its result, {@link #decodeAndMerge} the driver
 * reading it back and adding it to the dataset's sum, which the driver does once per item, in item
 * order. The setup prints the number of histogram bins (Σw and Σw² pairs, flow bins included) of
 * the layout, to turn the per-item time into a per-bin one.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar ReduceBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-XX:+IgnoreUnrecognizedVMOptions"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReduceBenchmark {
  /** Which layout: the Z→μμ example's or the small dimuon-histograms fixture's. */
  @Param({"zmumu", "histograms"})
  public String analysis;

  private KernelOutputs item;
  private byte[] encoded;
  private KernelOutputs merged;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    KernelLayout layout = analysis.equals("zmumu") ? new ZMuMuAnalysis_Kernel().layout()
        : new DiMuonHistograms_Kernel().layout();
    item = KernelOutputs.create(layout, true);
    encoded = encode();
    merged = KernelOutputs.create(layout, true);
    System.out.printf("%n%s: %d histogram bins, %d bytes per item result%n", analysis, bins(item),
        encoded.length);
  }

  @Benchmark
  public byte[] encode() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(item);
    }
    return bytes.toByteArray();
  }

  @Benchmark
  public KernelOutputs decodeAndMerge() throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(encoded))) {
      return merged.add((KernelOutputs) in.readObject());
    }
  }

  /** Stored bins over every histogram, category and variation. */
  static long bins(KernelOutputs out) {
    long n = 0;
    for (int h = 0; h < out.layout().histograms().size(); h++) {
      for (Hist1D one : out.hist1d(h) == null ? new Hist1D[0] : out.hist1d(h)) {
        n += one == null ? 0 : one.axis().extent();
      }
      for (Hist2D two : out.hist2d(h) == null ? new Hist2D[0] : out.hist2d(h)) {
        n += two == null ? 0 : (long) two.xAxis().extent() * two.yAxis().extent();
      }
    }
    return n;
  }
}
