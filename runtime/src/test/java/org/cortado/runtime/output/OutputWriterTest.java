package org.cortado.runtime.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.DatasetResult;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.exec.fixture.DiMuon_Kernel;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.kernel.ColumnBuffer;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  @TempDir Path tmp;

  static final Params PARAMS = ParamsLoader.withDefaults().load();

  static List<Dataset> datasets() {
    return List.of(
        new Dataset("DY_2018", DatasetMetadata.mc("DYJetsToLL", "2018", 6077.22),
            List.of(SharedData.root("nano_dy.root"), SharedData.root("nano_dy.root"))),
        new Dataset("DATA_2018_EraA", DatasetMetadata.data("DATA_SingleMuon", "2018", "A"),
            List.of(SharedData.root("nano_dimuon.root"))));
  }

  static RunResult run(ExecutionOptions options) {
    return new AnalysisRun(new DiMuon_Kernel(), PARAMS, options, Progress.quiet()).run(datasets());
  }

  static RunInfo info(ExecutionOptions o) {
    return new RunInfo("org.cortado.runtime.exec.fixture.DiMuon", List.of("run"), o, Instant.now());
  }

  @Test
  void writesEveryFileWithNormalisedHistograms() throws IOException {
    Path out = tmp.resolve("out");
    ExecutionOptions o = ExecutionOptions.defaults().withThreads(2);
    RunResult r = run(o);
    OutputWriter.write(out, r, PARAMS, info(o));
    for (String f : List.of("histograms.json", "histograms.root", "cutflow.json", "config.json", "parameters_dump.yaml", "run.json",
        "columns/DY_2018/baseline/part-00000.parquet", "columns/DATA_2018_EraA/triggered/part-00000.parquet")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    try (Stream<Path> all = Files.walk(out)) {
      assertFalse(all.anyMatch(p -> p.getFileName().toString().startsWith(".")), "temporary file left");
    }
    DatasetResult dy = r.datasets().get(0);
    JsonNode h = Json.read(out.resolve("histograms.json")).get("histograms").get("mll");
    assertEquals(41, h.get("axes").get(0).get("edges").size());
    JsonNode up = h.get("samples").get("DYJetsToLL").get("DY_2018").get("os").get("sf_toyUp");
    Hist1D raw = dy.outputs().hist1d("mll", "os", "sf_toyUp");
    for (int i = 0; i < 42; i++) {
      assertEquals(raw.sumw(i) * dy.scale(), up.get("sumw").get(i).asDouble(), "bin " + i);
      assertEquals(raw.sumw2(i) * (dy.scale() * dy.scale()), up.get("sumw2").get(i).asDouble(), "bin " + i);
    }
    JsonNode data = h.get("samples").get("DATA_SingleMuon").get("DATA_2018_EraA").get("baseline");
    assertEquals(List.of("nominal"), names(data));

    JsonNode cutflow = Json.read(out.resolve("cutflow.json")).get("datasets");
    assertEquals(80, cutflow.get("DY_2018").get("cutflow").get("initial").asLong());
    assertEquals(dy.scale(), cutflow.get("DY_2018").get("scale").asDouble());
    assertEquals(dy.outputs().sumw("os", "nominal") * dy.scale(),
        cutflow.get("DY_2018").get("categories").get("os").get("sumw").get("nominal").asDouble());
    String table = CutflowTable.of(out);
    assertTrue(table.contains("DY_2018") && table.contains("category triggered"), table);

    JsonNode config = Json.read(out.resolve("config.json"));
    assertEquals("dimuon", config.get("analysis").asText());
    assertEquals(2, config.get("datasets").size());
    assertEquals(2, config.get("histograms").get(2).get("axes").size());
    JsonNode meta = Json.read(out.resolve("run.json"));
    assertEquals(120, meta.get("events").asLong());
    assertTrue(meta.get("events_per_second").asLong() > 0);
  }

  @Test
  void parquetHoldsOneRowPerEventWithObjectLists() throws IOException {
    Path out = tmp.resolve("out");
    ExecutionOptions o = ExecutionOptions.defaults().withThreads(1);
    RunResult r = run(o);
    OutputWriter.write(out, r, null, info(o));
    KernelOutputs data = r.datasets().get(1).outputs();
    List<Group> rows = readParquet(out.resolve("columns/DATA_2018_EraA/os/part-00000.parquet"));
    assertEquals(data.categoryCounts()[1], rows.size());
    ColumnBuffer pt = data.column("MuonGood_pt", "os");
    ColumnBuffer n = data.column("MuonGood_N", "os");
    List<Double> read = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Group g = rows.get(i);
      assertEquals((int) n.get(i), g.getInteger("MuonGood_N", 0));
      assertEquals((int) n.get(i), g.getFieldRepetitionCount("MuonGood_pt"));
      for (int k = 0; k < g.getFieldRepetitionCount("MuonGood_pt"); k++) {
        read.add((double) g.getFloat("MuonGood_pt", k)); // written with the branch type, FLOAT
      }
    }
    assertArrayEquals(pt.toArray(), read.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** A run that writes each item's columns as it is done, as {@code cortado run} does. */
  static RunResult runStreamingColumns(Path dir, ExecutionOptions options) throws IOException {
    try (OutputFolder folder = OutputFolder.open(dir)) {
      RunResult r = new AnalysisRun(new DiMuon_Kernel(), PARAMS, options, Progress.quiet())
          .withColumnSink(folder.columns()).run(datasets());
      OutputWriter.write(folder, r, null, info(options));
      return r;
    }
  }

  @Test
  void outputsAreByteIdenticalWhateverTheThreadsAndChunks() throws IOException {
    ExecutionOptions base = ExecutionOptions.defaults().withPartitionEntries(10);
    Path first = tmp.resolve("a");
    runStreamingColumns(first, base.withThreads(1).withChunkSize(40));
    Path second = tmp.resolve("b");
    runStreamingColumns(second, base.withThreads(4).withChunkSize(3));
    List<String> files = new ArrayList<>(List.of("histograms.json", "histograms.root", "cutflow.json"));
    filesUnder(first.resolve("columns")).forEach(f -> files.add("columns/" + f));
    assertEquals(filesUnder(first.resolve("columns")), filesUnder(second.resolve("columns")));
    assertTrue(files.size() > 10, "several column parts: " + files);
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
    }
  }

  @Test
  void streamedPartsHoldTheRowsOfTheWholeRunInOrder() throws IOException {
    ExecutionOptions o = ExecutionOptions.defaults().withPartitionEntries(10).withThreads(2);
    Path streamed = tmp.resolve("streamed");
    RunResult withoutColumns = runStreamingColumns(streamed, o);
    KernelOutputs whole = run(o).datasets().get(0).outputs();
    assertEquals(0, withoutColumns.datasets().get(0).outputs().column("MuonGood_pt", "os").size());
    List<String> parts = filesUnder(streamed.resolve("columns/DY_2018/os"));
    assertTrue(parts.size() > 1, parts.toString());
    List<Double> pt = new ArrayList<>();
    int rows = 0;
    for (String part : parts) {
      for (Group g : readParquet(streamed.resolve("columns/DY_2018/os").resolve(part))) {
        rows++;
        for (int k = 0; k < g.getFieldRepetitionCount("MuonGood_pt"); k++) {
          pt.add((double) g.getFloat("MuonGood_pt", k));
        }
      }
    }
    assertEquals(whole.categoryCounts()[1], rows);
    assertArrayEquals(whole.column("MuonGood_pt", "os").toArray(),
        pt.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Test
  void aRerunReplacesTheColumnsAndAFailedRunLeavesNoParts() throws IOException {
    ExecutionOptions o = ExecutionOptions.defaults().withThreads(2);
    Path out = tmp.resolve("out");
    runStreamingColumns(out, o.withPartitionEntries(10));
    int many = filesUnder(out.resolve("columns")).size();
    runStreamingColumns(out, o);
    List<String> after = filesUnder(out.resolve("columns"));
    assertTrue(after.size() < many, after + " still holds parts of the first run");
    try (OutputFolder folder = OutputFolder.open(out)) { // a run that fails before its outputs
      folder.columns().accept(datasets().get(0), 7, run(o).datasets().get(0).outputs());
    }
    assertEquals(after, filesUnder(out.resolve("columns")));
    try (Stream<Path> all = Files.walk(out)) {
      assertFalse(all.anyMatch(p -> p.getFileName().toString().startsWith(".")), "staged parts left");
    }
  }


  /** Regular files under {@code dir}, relative to it, sorted. */
  static List<String> filesUnder(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static List<Group> readParquet(Path file) throws IOException {
    List<Group> rows = new ArrayList<>();
    try (ParquetReader<Group> reader = new GroupReader(file).build()) {
      for (Group g = reader.read(); g != null; g = reader.read()) {
        rows.add(g);
      }
    }
    return rows;
  }

  private static final class GroupReader extends ParquetReader.Builder<Group> {
    GroupReader(Path path) {
      super(new LocalInputFile(path), new PlainParquetConfiguration());
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }
}
