package org.cortado.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cortado.rootio.Branch;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.testing.BranchEntries;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cortado run --save-skimmed} on the real {@code nano_dy.root}: its 1,499 branches of every
 * type and its {@code Runs} tree (jagged LHE sums included) come through unchanged, a chosen subset
 * keeps its counters, and bad skim options are one-line errors that leave no folder behind.
 */
class SaveSkimmedTest {
  private static final String ANALYSIS = "org.cortado.runtime.exec.fixture.DiMuon";

  @TempDir Path tmp;
  private Path input;
  private Path datasets;

  @BeforeEach
  void buildDatasets() {
    input = SharedData.root("nano_dy.root");
    datasets = tmp.resolve("datasets.json");
    CliResult r = CliResult.run("datasets", "--glob", input.toString(), "--name", "DY_2018", "--sample", "DYJetsToLL",
        "--year", "2018", "--mc", "--xsec", "6077.22", "-o", datasets.toString());
    assertEquals(0, r.exit(), r.err());
  }

  private CliResult run(String... more) {
    List<String> args = new ArrayList<>(List.of("run", "--analysis", ANALYSIS, "--datasets", datasets.toString(),
        "-o", tmp.resolve("out").toString(), "-q"));
    args.addAll(List.of(more));
    return CliResult.run(args.toArray(new String[0]));
  }

  private static Path part(Path skims) {
    return skims.resolve("DY_2018/part-00000_nano_dy.root");
  }

  @Test
  void everyBranchAndTheRunsTreeComeThroughUnchanged() throws IOException {
    Path skims = tmp.resolve("skims");
    CliResult r = run("--save-skimmed", skims.toString(), "--skim-compression", "lzma", "--skim-level", "4");
    assertEquals(0, r.exit(), r.err());
    try (RootFile in = RootFile.open(input); RootFile out = RootFile.open(part(skims))) {
      List<Integer> kept = new ArrayList<>();
      int[] npv = new int[(int) in.tree("Events").entries()];
      in.tree("Events").branch("PV_npvsGood").readInts(0, npv.length, npv);
      for (int e = 0; e < npv.length; e++) {
        if (npv[e] >= 1) {
          kept.add(e);
        }
      }
      assertTrue(r.out().contains(kept.size() + " events pass the skim"), r.out());
      TTree events = out.tree("Events");
      assertEquals(1499, events.branches().size());
      for (Branch b : in.tree("Events").branches()) {
        List<List<Long>> original = BranchEntries.read(b);
        List<List<Long>> skimmed = BranchEntries.read(events.branch(b.name()));
        assertEquals(kept.size(), skimmed.size(), b.name());
        for (int i = 0; i < kept.size(); i++) {
          assertEquals(original.get(kept.get(i)), skimmed.get(i), b.name() + ", entry " + i);
        }
        assertEquals(b.type(), events.branch(b.name()).type(), b.name());
      }
      TTree runs = in.tree("Runs");
      assertEquals(runs.entries(), out.tree("Runs").entries());
      assertEquals(names(runs), names(out.tree("Runs")));
      for (Branch b : runs.branches()) {
        assertEquals(BranchEntries.read(b), BranchEntries.read(out.tree("Runs").branch(b.name())), b.name());
      }
      assertEquals(Set.copyOf(in.treeNames()), Set.copyOf(out.treeNames()));
    }
  }

  /**
   * A sample split into subsamples (the fixture splits {@code DYsplit}) is skimmed once, under its
   * own dataset and sample, and a run on the skims gives the subsamples' histograms again.
   */
  @Test
  void aSplitSampleIsSkimmedOnceAndItsSubsamplesComeBack() throws IOException {
    Path split = tmp.resolve("split.json");
    Files.writeString(split, Files.readString(datasets).replace("\"DYJetsToLL\"", "\"DYsplit\""));
    Path skims = tmp.resolve("skims");
    Path direct = tmp.resolve("direct");
    CliResult r = CliResult.run("run", "--analysis", ANALYSIS, "--datasets", split.toString(), "-o", direct.toString(),
        "-q", "--save-skimmed", skims.toString());
    assertEquals(0, r.exit(), r.err());
    try (var folders = Files.list(skims)) {
      assertEquals(List.of("DY_2018", "datasets.json"), folders.map(p -> p.getFileName().toString()).sorted().toList());
    }
    JsonNode listed = new ObjectMapper().readTree(skims.resolve("datasets.json").toFile());
    assertEquals(List.of("DY_2018"), iterate(listed.fieldNames()));
    assertEquals("DYsplit", listed.get("DY_2018").get("metadata").get("sample").asText());
    Path again = tmp.resolve("again");
    CliResult rerun = CliResult.run("run", "--analysis", ANALYSIS, "--datasets", skims.resolve("datasets.json").toString(),
        "-o", again.toString(), "-q");
    assertEquals(0, rerun.exit(), rerun.err());
    JsonNode before = new ObjectMapper().readTree(direct.resolve("histograms.json").toFile());
    JsonNode after = new ObjectMapper().readTree(again.resolve("histograms.json").toFile());
    assertEquals(List.of("DYsplit__hard", "DYsplit__soft"), iterate(after.get("histograms").get("mll").get("samples").fieldNames()));
    assertEquals(before, after);
  }

  private static List<String> iterate(java.util.Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }

  @Test
  void chosenBranchesKeepTheirCounters() throws IOException {
    Path skims = tmp.resolve("skims");
    CliResult r = run("--save-skimmed", skims.toString(), "--skim-branches", "Muon_pt,Jet_*,run,event");
    assertEquals(0, r.exit(), r.err());
    try (RootFile in = RootFile.open(input); RootFile out = RootFile.open(part(skims))) {
      List<String> expected = new ArrayList<>();
      for (String name : names(in.tree("Events"))) {
        if (name.equals("Muon_pt") || name.startsWith("Jet_") || Set.of("run", "event", "nMuon", "nJet")
            .contains(name)) {
          expected.add(name);
        }
      }
      assertEquals(expected, names(out.tree("Events")));
      assertTrue(out.tree("Events").branch("Muon_pt").isJagged());
    }
  }

  @Test
  void badSkimOptionsAreOneLineErrors() throws IOException {
    Path full = tmp.resolve("full");
    Files.createDirectories(full);
    Files.writeString(full.resolve("other.root"), "x");
    assertError(run("--save-skimmed", full.toString()), "--save-skimmed " + full + ": is not empty");

    Path unknown = tmp.resolve("unknown");
    assertError(run("--save-skimmed", unknown.toString(), "--skim-branches", "Muon_pt,Muonx_*"),
        "--skim-branches 'Muonx_*' matches no branch of tree 'Events' in " + input.toAbsolutePath().normalize());
    assertFalse(Files.exists(unknown), "a refused run creates no folder");

    Path underFile = datasets.resolve("skims");
    assertError(run("--save-skimmed", underFile.toString()), "--save-skimmed " + underFile
        + ": cannot create or write the folder");
    assertError(run("--save-skimmed", datasets.toString()), "--save-skimmed " + datasets + ": is a file");
    assertError(run("--skim-branches", "Muon_*"), "--skim-branches chooses what --save-skimmed keeps");
    assertError(run("--save-skimmed", unknown.toString(), "--skim-compression", "gzip"),
        "--skim-compression 'gzip' is not one of none, zlib, lzma, lz4 or zstd");
    assertError(run("--save-skimmed", unknown.toString(), "--skim-level", "12"), "--skim-level must be 1 to 9");
    assertError(run("--save-skimmed", tmp.resolve("out/skims").toString()),
        "--save-skimmed " + tmp.resolve("out/skims") + ": is inside the output folder");
  }

  private static void assertError(CliResult r, String message) {
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.err().startsWith("cortado run: " + message), r.err());
    assertEquals(2, r.err().lines().count(), "one line and a hint: " + r.err());
  }

  private static List<String> names(TTree tree) {
    return tree.branches().stream().map(Branch::name).toList();
  }
}
