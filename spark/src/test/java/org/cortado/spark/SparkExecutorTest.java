package org.cortado.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.cortado.example.zmumu.ZMuMuAnalysis;
import org.cortado.rootio.Compression;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.cli.CortadoCli;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Z->mumu example on generated inputs (three simulation files and two data files, five work
 * items), run with {@code --executor spark} on {@code local[2]} and compared byte for byte with
 * the local executor: histograms, cut flow, raw results and every column part.
 */
class SparkExecutorTest {
  private static final String DY = "DYJetsToLL_M-50_2018";
  private static final String DATA = "DATA_SingleMuon_2018_EraA";
  private static final List<String> RESULTS = List.of("histograms.json", "histograms.root",
      "cutflow.json", "raw_results.bin");

  @TempDir static Path tmp;
  private static String[] run;
  private static Path local;

  @BeforeAll
  static void runLocally() throws IOException {
    WriteOptions lz4 = WriteOptions.of(Compression.LZ4, 1).withBasketBytes(16 * 1024);
    Path inputs = Files.createDirectories(tmp.resolve("inputs"));
    for (int i = 0; i < 3; i++) {
      NanoGenerator.generate(Sample.DY, 8_000, 21 + i, lz4, inputs.resolve("dy" + i + ".root"), n -> { });
    }
    for (int i = 0; i < 2; i++) {
      NanoGenerator.generate(Sample.DATA, 8_000, 31 + i, lz4, inputs.resolve("data" + i + ".root"), n -> { });
    }
    Path golden = inputs.resolve("golden.json");
    NanoGenerator.writeGoldenJson(golden);
    Path params = inputs.resolve("params.yaml");
    Files.writeString(params, "lumi: {picobarns: {'2018': {tot: 4.0}}, goldenJSON: {'2018': " + golden + "}}\n"
        + "pileupJSONfiles: {'2018': {file: " + copy("toy_puWeights_2018.json", inputs)
        + ", name: Collisions18_UltraLegacy_goldenJSON}}\n"
        + "lepton_scale_factors: {muon_sf: {JSONfiles: {'2018': {file: "
        + copy("toy_muon_Z_2018.json", inputs) + "}}}}\n"
        + "default_jets_calibration: {factory_config_clib: {AK4PFchs: {'2018': {json_path: "
        + copy("toy_jet_jerc.json.gz", inputs) + "}}}}\n");
    Path datasets = inputs.resolve("datasets.json");
    cli("datasets", "--glob", inputs + "/dy*.root", "--name", DY, "--sample", "DYJetsToLL", "--year", "2018",
        "--mc", "--xsec", "6077.22", "-o", datasets.toString());
    cli("datasets", "--glob", inputs + "/data*.root", "--name", DATA, "--sample", "DATA_SingleMuon", "--year",
        "2018", "--data", "--era", "A", "-o", datasets.toString());
    run = new String[] {"run", "--analysis", ZMuMuAnalysis.class.getName(), "--params", params.toString(),
        "--datasets", datasets.toString(), "-q", "--chunk-size", "3000"};
    local = tmp.resolve("local");
    cli(with(run, "-o", local.toString(), "--threads", "2"));
    assertEquals(5, new ObjectMapper().readTree(local.resolve("run.json").toFile()).get("work_items").asInt());
    assertTrue(parts(local).size() >= 5, "the example exports columns: " + parts(local));
  }

  @Test
  void sparkWritesTheSameBytesAsTheLocalExecutor() throws IOException {
    Path spark = tmp.resolve("spark");
    cli(with(run, "-o", spark.toString(), "--executor", "spark", "--master", "local[2]"));
    assertSameOutputs(local, spark);
  }

  @Test
  void aTaskThatFailsOnceIsRetriedWithTheSameResultAndNoDuplicatePart() throws IOException {
    Path retried = tmp.resolve("retried");
    Path failed = tmp.resolve("failed");
    System.setProperty(SparkExecutor.FAIL_FIRST_ATTEMPT_OF_ITEM, "0");
    try {
      // local[2,2]: two threads, and a task may fail twice before the job does.
      cli(with(run, "-o", retried.toString(), "--executor", "spark", "--master", "local[2,2]"));
      // With no second attempt the same fault fails the job: the fault fired, and a failed job
      // leaves no output at all, columns/ included.
      CliResult r = CliResult.of(with(run, "-o", failed.toString(), "--executor", "spark",
          "--master", "local[2]"));
      assertNotEquals(0, r.exit());
      assertTrue(r.err().contains("injected failure of the first attempt of item 0"), r.err());
    } finally {
      System.clearProperty(SparkExecutor.FAIL_FIRST_ATTEMPT_OF_ITEM);
    }
    assertSameOutputs(local, retried);
    assertFalse(Files.exists(failed), "a failed job leaves no output folder");
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".failed"))
          .filter(p -> !p.getFileName().toString().endsWith("cortado-lock")).toList(),
          "nor staging or attempt folders beside it");
    }
  }

  private static void assertSameOutputs(Path expected, Path actual) throws IOException {
    for (String file : RESULTS) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(file)),
          Files.readAllBytes(actual.resolve(file)), file);
    }
    List<String> parts = parts(expected);
    assertEquals(parts, parts(actual), "the same parts, none twice");
    for (String part : parts) {
      // Under Spark's Parquet 1.17, parts written on Spark's task threads and on Cortado's can
      // differ in their compressed bytes, now and then, on JDK 17 and 25 alike (cause not found;
      // see the README): the values must be the same, row for row.
      assertEquals(rows(expected.resolve(part)), rows(actual.resolve(part)), part);
    }
  }

  /** Every row of a Parquet part as text, which prints floats exactly. */
  private static List<String> rows(Path part) throws IOException {
    List<String> rows = new ArrayList<>();
    try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
        new org.apache.hadoop.fs.Path(part.toUri())).build()) {
      for (Group g = reader.read(); g != null; g = reader.read()) {
        rows.add(g.toString());
      }
    }
    return rows;
  }

  /** Every file under {@code columns/}, and anything hidden, relative to {@code out}, sorted. */
  private static List<String> parts(Path out) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> all = Files.walk(out)) {
      all.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
          .filter(n -> n.startsWith("columns/") || n.startsWith(".")).sorted().forEach(names::add);
    }
    return names;
  }

  private static Path copy(String resource, Path dir) throws IOException {
    Path file = dir.resolve(resource);
    try (InputStream in = SparkExecutorTest.class.getResourceAsStream("/zmumu/corrections/" + resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static void cli(String... args) {
    CliResult r = CliResult.of(args);
    assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r.err());
  }

  /** A CLI run's exit code and error output. */
  private record CliResult(int exit, String err) {
    static CliResult of(String... args) {
      StringWriter err = new StringWriter();
      int exit = CortadoCli.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
      return new CliResult(exit, err.toString());
    }
  }
}
