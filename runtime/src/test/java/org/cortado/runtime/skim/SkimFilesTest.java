package org.cortado.runtime.skim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.rootio.Branch;
import org.cortado.rootio.Compression;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetCatalog;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.exec.fixture.DiMuon_Kernel;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.testing.BranchEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skims of a generated file cut into many work items, on two threads: one part per item, in
 * order, whose events together are those of the skim written as one part; the dataset JSON lists
 * the parts; and skims are discarded whole.
 */
class SkimFilesTest {
  private static final Params PARAMS = ParamsLoader.withDefaults().load();

  @TempDir Path tmp;

  private RunResult run(Dataset dy, ExecutionOptions options, SkimFiles skims) {
    return new AnalysisRun(new DiMuon_Kernel(), PARAMS, options, Progress.quiet()).withSkimSink(skims)
        .run(List.of(dy));
  }

  @Test
  void partsOfManyItemsTogetherAreTheSkimOfOne() throws Exception {
    Path file = NanoGenerator.generate(Sample.DY, 20_000, 7, WriteOptions.of(Compression.LZ4, 1)
        .withBasketBytes(4 * 1024), tmp.resolve("dy.root"), n -> { }).file();
    Dataset dy = new Dataset("DY", DatasetMetadata.mc("DYJetsToLL", "2018", 6077.22), List.of(file));
    WriteOptions zstd = WriteOptions.of(Compression.ZSTD, 3);
    SkimFiles one = SkimFiles.create(new SkimOptions(tmp.resolve("one"), List.of(), zstd));
    RunResult whole = run(dy, ExecutionOptions.defaults().withThreads(1), one);
    one.writeDatasets(whole);
    SkimFiles many = SkimFiles.create(new SkimOptions(tmp.resolve("many"), List.of("Muon_*", "PV_*"), zstd));
    RunResult split = run(dy, ExecutionOptions.defaults().withThreads(2).withPartitionEntries(2_000)
        .withChunkSize(700), many);
    many.writeDatasets(split);

    Dataset single = DatasetCatalog.read(tmp.resolve("one/datasets.json")).datasets().get(0);
    Dataset parts = DatasetCatalog.read(tmp.resolve("many/datasets.json")).datasets().get(0);
    assertEquals(1, single.files().size());
    assertTrue(parts.files().size() > 5, parts.files().toString());
    assertEquals(parts.files().stream().sorted().toList(), parts.files(), "parts in item order");
    long skimmed = whole.datasets().get(0).outputs().cutflow("nPVgood_1");
    assertEquals(skimmed, single.metadata().nevents().orElseThrow());
    assertEquals(skimmed, parts.metadata().nevents().orElseThrow());
    assertEquals(whole.datasets().get(0).sumGenweights(), parts.metadata().sumGenweights().orElseThrow());

    try (RootFile all = RootFile.open(single.files().get(0))) {
      TTree events = all.tree("Events");
      List<String> kept = new ArrayList<>();
      for (Branch b : events.branches()) {
        if (b.name().startsWith("Muon_") || b.name().startsWith("PV_") || b.name().equals("nMuon")) {
          kept.add(b.name());
        }
      }
      for (String name : kept) {
        List<List<Long>> joined = new ArrayList<>();
        for (Path part : parts.files()) {
          try (RootFile f = RootFile.open(part)) {
            TTree t = f.tree("Events");
            assertEquals(kept, t.branches().stream().map(Branch::name).toList(), "the chosen branches and nMuon");
            joined.addAll(BranchEntries.read(t.branch(name)));
          }
        }
        assertEquals(BranchEntries.read(events.branch(name)), joined, name);
      }
    }
  }

  /** What {@code cortado run} does with the skims of a run that fails. */
  @Test
  void discardingLeavesTheFolderEmpty() throws Exception {
    Path file = NanoGenerator.generate(Sample.DY, 5_000, 8, WriteOptions.of(Compression.LZ4, 1)
        .withBasketBytes(4 * 1024), tmp.resolve("dy.root"), n -> { }).file();
    Dataset dy = new Dataset("DY", DatasetMetadata.mc("DYJetsToLL", "2018", 6077.22), List.of(file));
    Path dir = tmp.resolve("skims");
    SkimFiles skims = SkimFiles.create(new SkimOptions(dir, List.of(), WriteOptions.of(Compression.LZ4, 1)));
    run(dy, ExecutionOptions.defaults().withThreads(2).withPartitionEntries(1_000), skims);
    assertTrue(skims.events() > 0);
    skims.discard();
    try (Stream<Path> left = Files.list(dir)) {
      assertFalse(left.findAny().isPresent(), "nothing left in " + dir);
    }
  }
}
