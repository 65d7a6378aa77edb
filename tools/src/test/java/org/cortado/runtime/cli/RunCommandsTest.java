package org.cortado.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cortado.rootio.Compression;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code datasets}, {@code run}, {@code cutflow} and {@code merge} end to end on the coffea samples. */
class RunCommandsTest {
  private static final String ANALYSIS = "org.cortado.runtime.exec.fixture.DiMuon";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path datasets;

  private static CliResult run(String... args) {
    return CliResult.run(args);
  }

  @BeforeEach
  void buildDatasets() throws IOException {
    Path dir = SharedData.root("nano_dy.root").getParent();
    datasets = tmp.resolve("datasets.json");
    CliResult mc = run("datasets", "--glob", dir + "/nano_dy.root", "--name", "DY_2018", "--sample", "DYJetsToLL",
        "--year", "2018", "--mc", "--xsec", "6077.22", "-o", datasets.toString());
    assertEquals(0, mc.exit(), mc.err());
    CliResult data = run("datasets", "--glob", dir + "/nano_dimu*.root", "--name", "DATA_2018_EraA", "--sample",
        "DATA_SingleMuon", "--year", "2018", "--data", "--era", "A", "-o", datasets.toString());
    assertEquals(0, data.exit(), data.err());
  }

  @Test
  void datasetsWritesPocketCoffeaShapeWithCountsAndGenWeightSum() throws IOException {
    JsonNode doc = JSON.readTree(Files.readString(datasets));
    JsonNode dy = doc.get("DY_2018").get("metadata");
    assertEquals("True", dy.get("isMC").asText());
    assertEquals("6077.22", dy.get("xsec").asText());
    assertEquals("40", dy.get("nevents").asText());
    assertTrue(Double.parseDouble(dy.get("sum_genweights").asText()) != 0);
    assertEquals("False", doc.get("DATA_2018_EraA").get("metadata").get("isMC").asText());
    assertFalse(doc.get("DATA_2018_EraA").get("metadata").has("sum_genweights"));
    assertEquals(1, doc.get("DATA_2018_EraA").get("files").size());
  }

  /** {@code --partition-entries} cuts files into more work items, which count the same events. */
  @Test
  void smallerPartitionsMakeMoreWorkItemsOverTheSameEvents() throws IOException {
    Path file = NanoGenerator.generate(Sample.DY, 20_000, 3, WriteOptions.of(Compression.LZ4, 1).withBasketBytes(8192),
        tmp.resolve("dy20k.root"), n -> { }).file();
    Path json = tmp.resolve("dy20k.json");
    assertEquals(0, run("datasets", "--glob", file.toString(), "--name", "DY", "--sample", "DYJetsToLL", "--year",
        "2018", "--mc", "--xsec", "6077.22", "-o", json.toString()).exit());
    Path whole = tmp.resolve("whole");
    Path cut = tmp.resolve("cut");
    assertEquals(0, run("run", "--analysis", ANALYSIS, "--datasets", json.toString(), "-o", whole.toString(), "-q").exit());
    CliResult r = run("run", "--analysis", ANALYSIS, "--datasets", json.toString(), "-o", cut.toString(), "-q",
        "--partition-entries", "2000");
    assertEquals(0, r.exit(), r.err());
    long wholeItems = JSON.readTree(whole.resolve("run.json").toFile()).get("work_items").asLong();
    long cutItems = JSON.readTree(cut.resolve("run.json").toFile()).get("work_items").asLong();
    assertEquals(1, wholeItems);
    assertTrue(cutItems >= 5, "work items with --partition-entries 2000: " + cutItems);
    assertEquals(JSON.readTree(whole.resolve("cutflow.json").toFile()).findValues("cutflow").toString(),
        JSON.readTree(cut.resolve("cutflow.json").toFile()).findValues("cutflow").toString());
  }

  @Test
  void runWritesTheOutputFolderAndCutflowPrintsIt() throws IOException {
    Path out = tmp.resolve("out");
    CliResult r = run("run", "--analysis", ANALYSIS, "--datasets", datasets.toString(), "-o", out.toString(),
        "--threads", "2", "--chunk-size", "7");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("category triggered"), r.out());
    assertTrue(r.out().contains("80 events in"), r.out());
    assertTrue(Files.isRegularFile(out.resolve("columns/DY_2018/os/part-00000.parquet")));
    CliResult table = run("cutflow", out.toString());
    assertEquals(0, table.exit(), table.err());
    assertTrue(table.out().startsWith(" "), table.out());
    assertTrue(table.out().contains("DY_2018") && table.out().contains("twoMuons"), table.out());
  }

  @Test
  void mergingRunsSplitByDatasetGivesTheSingleRun() throws IOException {
    Path all = tmp.resolve("all");
    Path mc = tmp.resolve("mc");
    Path data = tmp.resolve("data");
    assertEquals(0, run("run", "--analysis", ANALYSIS, "--datasets", datasets.toString(), "-o", all.toString(), "-q").exit());
    assertEquals(0, run("run", "--analysis", ANALYSIS + "_Kernel", "--datasets", datasets.toString(), "-o", mc.toString(),
        "--samples", "DYJetsToLL", "-q").exit());
    assertEquals(0, run("run", "--analysis", ANALYSIS, "--datasets", datasets.toString(), "-o", data.toString(),
        "--samples", "DATA_SingleMuon", "-q").exit());
    Path merged = tmp.resolve("merged");
    CliResult m = run("merge", mc.toString(), data.toString(), "-o", merged.toString());
    assertEquals(0, m.exit(), m.err());
    // The typed merge adds raw sums and normalises once, as the run does: the same bytes.
    for (String file : List.of("histograms.json", "cutflow.json", "raw_results.bin")) {
      assertArrayEquals(Files.readAllBytes(all.resolve(file)),
          Files.readAllBytes(merged.resolve(file)), file);
    }
    List<String> parts = partsUnder(all.resolve("columns"));
    assertEquals(parts, partsUnder(merged.resolve("columns")));
    for (String part : parts) {
      assertArrayEquals(Files.readAllBytes(all.resolve("columns").resolve(part)),
          Files.readAllBytes(merged.resolve("columns").resolve(part)), part);
    }

    Path twice = tmp.resolve("twice");
    assertEquals(0, run("merge", all.toString(), all.toString(), "-o", twice.toString()).exit());
    JsonNode doubled = JSON.readTree(Files.readString(twice.resolve("cutflow.json"))).get("datasets").get("DY_2018");
    JsonNode single = JSON.readTree(Files.readString(all.resolve("cutflow.json"))).get("datasets").get("DY_2018");
    assertEquals(2 * single.get("cutflow").get("twoMuons").asLong(), doubled.get("cutflow").get("twoMuons").asLong());
    assertEquals(List.of("part-00000.parquet", "part-00001.parquet"),
        partsUnder(twice.resolve("columns/DY_2018/os")), "each run's part, in argument order");
    double yield = single.get("categories").get("os").get("sumw").get("nominal").asDouble();
    assertEquals(yield, doubled.get("categories").get("os").get("sumw").get("nominal").asDouble(), 1e-12 * Math.abs(yield),
        "twice the events and twice the genWeight sum: the normalised yield is unchanged");
  }

  /** The column part files under {@code dir}, relative to it, sorted. */
  private static List<String> partsUnder(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void failuresAreOneLineWithAHint() throws IOException {
    CliResult noKernel = run("run", "--analysis", "org.example.Nope", "--datasets", datasets.toString(), "-o",
        tmp.resolve("x").toString());
    assertEquals(1, noKernel.exit());
    assertTrue(noKernel.err().startsWith("cortado run: no kernel for 'org.example.Nope' on the classpath"), noKernel.err());
    assertTrue(noKernel.err().contains("hint: "), noKernel.err());
    assertFalse(Files.exists(tmp.resolve("x")), "a failed run must not leave an output folder");

    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"DY\": {\"metadata\": {\"sample\": \"DY\", \"year\": \"2018\", \"isMC\": \"True\"}, \"files\": []}}");
    CliResult badJson = run("run", "--analysis", ANALYSIS, "--datasets", bad.toString(), "-o", tmp.resolve("y").toString());
    assertEquals(1, badJson.exit());
    assertTrue(badJson.err().contains(bad + ", dataset 'DY': simulation (isMC true) needs 'xsec'"), badJson.err());

    Path missing = tmp.resolve("missing.json");
    Files.writeString(missing, Files.readString(datasets).replaceFirst("nano_dy\\.root", "nano_nope.root"));
    CliResult missingFile = run("run", "--analysis", ANALYSIS, "--datasets", missing.toString(), "-o",
        tmp.resolve("m").toString(), "-q");
    assertEquals(1, missingFile.exit(), missingFile.err());
    assertTrue(missingFile.err().contains("nano_nope.root"), missingFile.err());
    try (Stream<Path> left = Files.list(tmp)) { // but the released lock file, which stays
      assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".")
          && !p.getFileName().toString().endsWith(".cortado-lock")
          || p.getFileName().toString().equals("m")).toList(), "a run that fails while processing leaves nothing");
    }

    Path file = Files.writeString(tmp.resolve("a-file"), "");
    CliResult notAFolder = run("run", "--analysis", ANALYSIS, "--datasets", datasets.toString(), "-o", file.toString());
    assertEquals(1, notAFolder.exit());
    assertTrue(notAFolder.err().startsWith("cortado run: the output " + file + " exists and is not a folder"),
        notAFolder.err());

    CliResult noMerge = run("merge", tmp.toString(), tmp.toString(), "-o", tmp.resolve("z").toString());
    assertEquals(1, noMerge.exit());
    assertTrue(noMerge.err().contains("not a complete output folder"), noMerge.err());

    CliResult noXsec = run("datasets", "--glob", "*.root", "--name", "a", "--sample", "a", "--year", "2018", "--mc",
        "-o", tmp.resolve("d.json").toString());
    assertEquals(1, noXsec.exit());
    assertTrue(noXsec.err().contains("--mc needs --xsec"), noXsec.err());
  }

  @Test
  void runningOutOfMemoryIsTwoLinesAndLeavesNoOutput() {
    Path out = tmp.resolve("oom");
    CliResult r = run("run", "--analysis", "org.cortado.runtime.cli.fixture.HeapHungry",
        "--datasets", datasets.toString(), "-o", out.toString(), "-q", "--threads", "2");
    assertEquals(1, r.exit(), r.err());
    String[] lines = r.err().strip().split("\n");
    assertEquals(2, lines.length, r.err());
    assertTrue(lines[0].startsWith("cortado: out of memory (the JVM may use at most "), r.err());
    assertTrue(lines[1].startsWith("hint: give it more with CORTADO_JAVA_OPTS=-Xmx"), r.err());
    assertFalse(Files.exists(out), "a run that ran out of memory leaves no output folder");
  }

  @Test
  void runParametersThatNameNothingAreRefusedOrReported() throws IOException {
    Path typo = Files.writeString(tmp.resolve("typo.yaml"), "lumi:\n  picobarn: {'2018': {tot: 1.0}}\n");
    CliResult refused = run("run", "--analysis", ANALYSIS, "--datasets", datasets.toString(), "-o",
        tmp.resolve("t").toString(), "--params", typo.toString(), "-q");
    assertEquals(1, refused.exit());
    assertTrue(refused.err().startsWith("cortado run: run parameters: 'lumi.picobarn' at " + typo
        + ":2 names no parameter of the analysis; did you mean 'picobarns'?"), refused.err());
    assertFalse(Files.exists(tmp.resolve("t")));

    Path addition = Files.writeString(tmp.resolve("add.yaml"),
        "plotting_style:\n  labels: {TTToSemiLeptonic: tt}\n");
    CliResult kept = run("run", "--analysis", ANALYSIS, "--datasets", datasets.toString(), "-o",
        tmp.resolve("a").toString(), "--params", addition.toString(), "-q");
    assertEquals(0, kept.exit(), kept.err());
    assertTrue(kept.err().contains("warning: run parameters: 'plotting_style.labels' at " + addition
        + ":2 names no parameter of the analysis; it is kept"), kept.err());
  }

  @Test
  void datacardsFromARun() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(0, run("run", "--analysis", ANALYSIS, "--datasets", datasets.toString(), "-o", out.toString(), "-q").exit());
    JsonNode histograms = JSON.readTree(out.resolve("histograms.json").toFile()).get("histograms");
    String name = histograms.fieldNames().next();
    CliResult r = run("datacard", out.toString(), "--histogram", name, "--signal", "DYJetsToLL");
    assertEquals(0, r.exit(), r.err());
    // The observation is the data's in-range sum, over every category's card.
    JsonNode data = histograms.get(name).get("samples").get("DATA_SingleMuon").get("DATA_2018_EraA");
    for (java.util.Iterator<String> categories = data.fieldNames(); categories.hasNext(); ) {
      String category = categories.next();
      JsonNode sumw = data.get(category).get("nominal").get("sumw");
      double observed = 0;
      for (int i = 1; i < sumw.size() - 1; i++) {
        observed += sumw.get(i).asDouble();
      }
      String card = Files.readString(out.resolve("datacards/datacard_" + category + "_2018.txt"));
      assertTrue(card.contains("\nobservation " + observed + "\n"), card);
      assertTrue(card.contains("DYJetsToLL_2018"), card);
      assertTrue(Files.isRegularFile(out.resolve("datacards/shapes_" + category + "_2018.root")));
    }
    assertTrue(r.out().contains("combine_cards.sh"), r.out());
  }

  @Test
  void analysesAreFoundByTheirNameThroughTheProcessorsList() throws IOException {
    Path out = tmp.resolve("by-name");
    CliResult r = run("run", "--analysis", "dimuon", "--datasets", datasets.toString(), "-o", out.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    assertEquals("org.cortado.runtime.exec.fixture.DiMuon",
        JSON.readTree(out.resolve("config.json").toFile()).get("class").asText());
    CliResult unknown = run("run", "--analysis", "dimoun", "--datasets", datasets.toString(), "-o",
        tmp.resolve("none").toString());
    assertEquals(1, unknown.exit());
    assertTrue(unknown.err().contains("no kernel for 'dimoun'") && unknown.err().contains("dimuon ("),
        unknown.err());
  }

  @Test
  void everyNewCommandHasHelp() {
    for (String command : new String[] {"run", "datasets", "cutflow", "merge", "datacard"}) {
      CliResult r = run(command, "--help");
      assertEquals(0, r.exit(), command);
      assertTrue(r.out().contains("Usage: cortado " + command), r.out());
    }
  }
}
