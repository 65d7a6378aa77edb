package org.cortado.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import org.cortado.params.Params;
import org.cortado.rootio.Branch;
import org.cortado.rootio.Compression;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.fixture.DiMuon_Kernel;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.runtime.output.OutputWriter;
import org.cortado.runtime.output.RunInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input files truncated or deleted after planning, while the run goes on: the run stops naming the
 * dataset, file and entries, or with {@code skipBadFiles} records what was lost and normalises by
 * the generator weights of the events it did process.
 */
class MidRunFileFaultTest {
  private static final int EVENTS = 3000;
  /** Small baskets and items, so that each file is several work items of several chunks. */
  private static final ExecutionOptions OPTIONS = ExecutionOptions.defaults().withThreads(1)
      .withPartitionEntries(700).withChunkSize(300);

  @TempDir static Path generated;
  private static List<Path> pristine;
  @TempDir Path tmp;

  @BeforeAll
  static void generate() throws IOException {
    pristine = new ArrayList<>();
    for (int seed = 1; seed <= 3; seed++) {
      pristine.add(NanoGenerator.generate(Sample.DY, EVENTS, seed,
          WriteOptions.of(Compression.LZ4, 1).withBasketBytes(2048),
          generated.resolve("dy" + seed + ".root"), n -> { }).file());
    }
  }

  /** Fresh copies of the three files, which a test may damage. */
  private List<Path> copies() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : pristine) {
      files.add(Files.copy(p, tmp.resolve(p.getFileName())));
    }
    return files;
  }

  private static Dataset dataset(List<Path> files) {
    return new Dataset("DY", DatasetMetadata.mc("DYJetsToLL", "2018", Fixtures.XSEC), files);
  }

  @Test
  void aFileTruncatedWhileAnotherIsProcessedStopsTheRunNamingIt() throws IOException {
    List<Path> files = copies();
    Path victim = files.get(1);
    WorkFailedException e = assertThrows(WorkFailedException.class,
        () -> run(OPTIONS, dataset(files), 1, () -> truncate(victim)));
    assertTrue(e.getMessage().startsWith("dataset 'DY', file " + victim + ", entries ["),
        e.getMessage());
    assertTrue(e.getMessage().contains("the file was truncated during the run"), e.getMessage());
    assertTrue(e.getMessage().contains("--skip-bad-files"), e.getMessage());
  }

  @Test
  void aFileDeletedWhileAnotherIsProcessedStopsTheRunNamingIt() throws IOException {
    List<Path> files = copies();
    Path victim = files.get(2);
    WorkFailedException e = assertThrows(WorkFailedException.class,
        () -> run(OPTIONS, dataset(files), 1, () -> delete(victim)));
    assertTrue(e.getMessage().startsWith("dataset 'DY', file " + victim + ", entries [0, "),
        e.getMessage());
    assertTrue(e.getMessage().contains("the file was deleted during the run"), e.getMessage());
  }

  @Test
  void aSkippedFileDropsItsEventsAndItsGenWeightsTogether() throws IOException {
    List<Path> files = copies();
    Path victim = files.get(1);
    RunResult r = run(OPTIONS.withSkipBadFiles(true), dataset(files), 1, () -> truncate(victim));

    assertFalse(r.failures().isEmpty());
    long lost = 0;
    for (Failure f : r.failures()) {
      assertEquals(victim.toString(), f.file());
      assertEquals("DY", f.dataset());
      assertTrue(f.message().contains("truncated during the run"), f.message());
      lost += f.range().size();
    }
    assertEquals(EVENTS, lost, "every entry of the truncated file is reported lost");
    assertEquals(2L * EVENTS, r.events());
    DatasetResult d = r.datasets().get(0);
    assertEquals(genWeightSum(pristine.get(0), null) + genWeightSum(pristine.get(2), null),
        d.sumGenweights(), 1e-9 * Math.abs(d.sumGenweights()));
    assertEquals(1 / d.sumGenweights(), d.scale());
    // run.json records each loss and the rule.
    Path out = tmp.resolve("out");
    OutputWriter.write(out, r, Fixtures.params(), new RunInfo("DiMuon", List.of("run"),
        OPTIONS.withSkipBadFiles(true), Instant.now()));
    JsonNode meta = new ObjectMapper().readTree(Files.readString(out.resolve("run.json")));
    assertEquals(r.failures().size(), meta.get("failures").size());
    long recorded = 0;
    for (JsonNode f : meta.get("failures")) {
      assertEquals("DY", f.get("dataset").asText());
      assertEquals(victim.toString(), f.get("file").asText());
      assertTrue(f.get("message").asText().contains("truncated during the run"), f.toString());
      recorded += f.get("entries_lost").asLong();
    }
    assertEquals(EVENTS, recorded);
    assertTrue(meta.get("normalisation").asText().contains("over the events processed"),
        meta.get("normalisation").asText());
    // The outputs are those of a run that never saw the file, bit for bit.
    RunResult without = run(OPTIONS, dataset(List.of(files.get(0), files.get(2))), 0, () -> { });
    assertEquals(Fixtures.fingerprint(without), Fixtures.fingerprint(r));
  }

  @Test
  void aFileTruncatedWhileItIsProcessedKeepsItsFinishedItems() throws IOException {
    List<Path> files = copies();
    Path victim = files.get(0);
    // The 4th chunk is in the file's second item: the first item is done and kept.
    RunResult r = run(OPTIONS.withSkipBadFiles(true), dataset(files), 4, () -> truncate(victim));

    long lost = 0;
    double lostGenWeight = 0;
    for (Failure f : r.failures()) {
      assertEquals(victim.toString(), f.file());
      lost += f.range().size();
      lostGenWeight += genWeightSum(pristine.get(0), f.range());
    }
    assertTrue(lost > 0 && lost < EVENTS, "lost " + lost);
    assertEquals(3L * EVENTS - lost, r.events());
    double all = 0;
    for (Path p : pristine) {
      all += genWeightSum(p, null);
    }
    DatasetResult d = r.datasets().get(0);
    assertEquals(all - lostGenWeight, d.sumGenweights(), 1e-9 * Math.abs(all));
    assertEquals(3L * EVENTS - lost, d.outputs().cutflowCounts()[0]);
  }

  @Test
  void aSkimThatLosesEntriesIsRefusedRatherThanMisnormalised() throws IOException {
    List<Path> files = copies();
    Path victim = files.get(1);
    DatasetMetadata skim = new DatasetMetadata("DYJetsToLL", "2018", true,
        OptionalDouble.of(Fixtures.XSEC), "", OptionalDouble.of(12345.0), java.util.OptionalLong.of(9000), true,
        java.util.Map.of());
    Dataset d = new Dataset("DY_skim", skim, files);
    WorkFailedException e = assertThrows(WorkFailedException.class,
        () -> run(OPTIONS.withSkipBadFiles(true), d, 1, () -> truncate(victim)));
    assertTrue(e.getMessage().contains("dataset 'DY_skim' is a skim"), e.getMessage());
    assertTrue(e.getMessage().contains(victim.toString()), e.getMessage());
  }

  /** Runs the DiMuon kernel, doing {@code fault} once, when its {@code chunk}-th chunk arrives. */
  private static RunResult run(ExecutionOptions options, Dataset d, int chunk, Runnable fault) {
    ChunkKernel kernel = new Faulting(new DiMuon_Kernel().withParams(Fixtures.params()), chunk, fault);
    return new AnalysisRun(kernel, Fixtures.params(), options, Progress.quiet()).run(List.of(d));
  }

  private static void truncate(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(ch.size() / 3);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sum of {@code genWeight} over {@code range} (null: all entries), read with rootio. */
  private static double genWeightSum(Path file, Span range) throws IOException {
    try (RootFile root = RootFile.open(file)) {
      Branch b = root.tree("Events").branch("genWeight");
      long start = range == null ? 0 : range.start();
      long stop = range == null ? b.entries() : range.stop();
      float[] w = new float[Math.toIntExact(stop - start)];
      b.readFloats(start, stop, w);
      double sum = 0;
      for (float x : w) {
        sum += x;
      }
      return sum;
    }
  }

  /** A kernel that does something to the files when its n-th non-empty chunk arrives. */
  private static final class Faulting implements ChunkKernel {
    private final ChunkKernel kernel;
    private final int at;
    private final Runnable fault;
    private final AtomicInteger chunks = new AtomicInteger();

    Faulting(ChunkKernel kernel, int at, Runnable fault) {
      this.kernel = kernel;
      this.at = at;
      this.fault = fault;
    }

    @Override
    public void process(ColumnChunk chunk, KernelOutputs out) {
      // Planning probes each file with an empty chunk; the run proper starts with the first entry.
      if (chunk.size() > 0 && chunks.incrementAndGet() == at) {
        fault.run();
      }
      kernel.process(chunk, out);
    }

    @Override
    public String name() {
      return kernel.name();
    }

    @Override
    public String[] branches(boolean isMC, String year) {
      return kernel.branches(isMC, year);
    }

    @Override
    public String[] counters(boolean isMC, String year) {
      return kernel.counters(isMC, year);
    }

    @Override
    public String[] skimBranches(boolean isMC, String year) {
      return kernel.skimBranches(isMC, year);
    }

    @Override
    public String[] skimCounters(boolean isMC, String year) {
      return kernel.skimCounters(isMC, year);
    }

    @Override
    public int skim(ColumnChunk chunk, int[] passing) {
      return kernel.skim(chunk, passing);
    }

    @Override
    public KernelLayout layout() {
      return kernel.layout();
    }

    @Override
    public String[] standardWeights() {
      return kernel.standardWeights();
    }

    @Override
    public ChunkKernel withParams(Params params) {
      return this;
    }
  }
}
