package org.cortado.example.zmumu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.rootio.Branch;
import org.cortado.rootio.Compression;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.cli.CortadoCli;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetCatalog;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.Columns;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.runtime.internal.Kernels;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.lumi.LumiMask;
import org.cortado.testing.BranchEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cortado run --save-skimmed} on the Z→μμ example over generated Drell-Yan and collision
 * data: the skimmed files hold exactly the events that pass the skim (the cut flow's last skim
 * row, and a hand-written loop over the inputs), with every branch's values those of the inputs;
 * and the analysis re-run on the skims' dataset JSON gives the same histograms, bin for bin, and
 * the same cut flow from the skim on, its simulation normalised by the sum of genWeight the skims
 * carry.
 */
class ZMuMuSkimTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LAST_SKIM_ROW = "HLT_trigger_SingleMuon";
  private static final String DY = "DYJetsToLL_M-50_2018";
  private static final String DATA = "DATA_SingleMuon_2018_EraA";

  @TempDir Path tmp;

  /** Runs {@code cortado args}, fails the test on a non-zero exit, and returns what it printed. */
  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CortadoCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, exit, String.join(" ", args) + "\n" + err);
    return out.toString();
  }

  @Test
  void skimsHoldThePassingEventsAndReRunToTheSameResults() throws Exception {
    WriteOptions lz4 = WriteOptions.of(Compression.LZ4, 1).withBasketBytes(16 * 1024);
    Path dy = NanoGenerator.generate(Sample.DY, 30_000, 11, lz4, tmp.resolve("dy.root"), n -> { }).file();
    Path data = NanoGenerator.generate(Sample.DATA, 30_000, 12, lz4, tmp.resolve("data.root"), n -> { }).file();
    Path golden = tmp.resolve("golden.json");
    NanoGenerator.writeGoldenJson(golden);
    Path params = tmp.resolve("params.yaml");
    Files.writeString(params, "lumi: {picobarns: {'2018': {tot: 7.6}}, goldenJSON: {'2018': " + golden + "}}\n"
        + "pileupJSONfiles: {'2018': {file: " + resource("toy_puWeights_2018.json")
        + ", name: Collisions18_UltraLegacy_goldenJSON}}\n"
        + "lepton_scale_factors: {muon_sf: {JSONfiles: {'2018': {file: " + resource("toy_muon_Z_2018.json") + "}}}}\n"
        + "default_jets_calibration: {factory_config_clib: {AK4PFchs: {'2018': {json_path: "
        + resource("toy_jet_jerc.json.gz") + "}}}}\n");
    Path datasets = tmp.resolve("datasets.json");
    cli("datasets", "--glob", dy.toString(), "--name", DY, "--sample", "DYJetsToLL", "--year", "2018", "--mc",
        "--xsec", "6077.22", "-o", datasets.toString());
    cli("datasets", "--glob", data.toString(), "--name", DATA, "--sample", "DATA_SingleMuon", "--year", "2018",
        "--data", "--era", "A", "-o", datasets.toString());
    Path skims = tmp.resolve("skims");
    String[] run = {"run", "--analysis", ZMuMuAnalysis.class.getName(), "--params", params.toString(), "-q",
        "--threads", "2", "--chunk-size", "7000"};
    cli(concat(run, "--datasets", datasets.toString(), "-o", tmp.resolve("direct").toString(),
        "--save-skimmed", skims.toString(), "--skim-compression", "zstd", "--skim-level", "3"));

    JsonNode direct = JSON.readTree(tmp.resolve("direct/cutflow.json").toFile()).get("datasets");
    List<Dataset> skimmed = DatasetCatalog.read(skims.resolve("datasets.json")).datasets();
    assertEquals(List.of(DY, DATA), skimmed.stream().map(Dataset::name).toList());
    for (Dataset d : skimmed) {
      Path input = d.name().equals(DY) ? dy : data;
      ZMuMuReferenceTest.Reference ref = new ZMuMuReferenceTest.Reference(input,
          d.name().equals(DY) ? null : LumiMask.load(golden));
      long passing = direct.get(d.name()).get("cutflow").get(LAST_SKIM_ROW).asLong();
      assertEquals(ref.skimmed.size(), passing, d.name());
      assertTrue(passing > 1000 && passing < 30_000, "the skim keeps some events and drops others: " + passing);
      assertEquals(passing, d.metadata().nevents().orElseThrow());
      assertTrue(d.metadata().isSkim());
      assertEquals(1, d.files().size());
      compareEvents(input, d.files().get(0), ref.skimmed);
    }
    assertEquals(direct.get(DY).get("sum_genweights").asDouble(),
        skimmed.get(0).metadata().sumGenweights().orElseThrow(), "the skim carries the original sum of genWeight");
    assertTrue(skimmed.get(1).metadata().sumGenweights().isEmpty());

    cli(concat(run, "--datasets", skims.resolve("datasets.json").toString(), "-o", tmp.resolve("again").toString()));
    assertEquals(JSON.readTree(tmp.resolve("direct/histograms.json").toFile()),
        JSON.readTree(tmp.resolve("again/histograms.json").toFile()));
    JsonNode again = JSON.readTree(tmp.resolve("again/cutflow.json").toFile()).get("datasets");
    for (Dataset d : skimmed) {
      JsonNode before = direct.get(d.name());
      JsonNode after = again.get(d.name());
      List<String> rows = List.of(LAST_SKIM_ROW, "dilepton");
      for (String row : rows) {
        assertEquals(before.get("cutflow").get(row), after.get("cutflow").get(row), d.name() + " " + row);
        assertEquals(before.path("cutflow_sumw").path(row), after.path("cutflow_sumw").path(row), d.name() + " " + row);
      }
      assertEquals(before.get("cutflow").get(LAST_SKIM_ROW), after.get("cutflow").get("initial"));
      assertEquals(before.get("categories"), after.get("categories"), d.name());
      assertEquals(before.get("scale"), after.get("scale"), d.name());
    }
  }

  /**
   * The kernel's skim alone, on a chunk of only the branches it says the skim reads, keeps the
   * events the hand-written loop keeps, for simulation and for data (golden JSON included).
   */
  @Test
  void theSkimAloneReadsOnlyItsBranchesAndKeepsTheSameEvents() throws Exception {
    WriteOptions lz4 = WriteOptions.of(Compression.LZ4, 1);
    Path golden = tmp.resolve("golden.json");
    NanoGenerator.writeGoldenJson(golden);
    ZMuMuAnalysis_Kernel kernel = new ZMuMuAnalysis_Kernel(Kernels.paramsLoader(ZMuMuAnalysis_Kernel.class,
        new ZMuMuAnalysis_Kernel().paramFiles()).text("golden.yaml", "lumi: {goldenJSON: {'2018': " + golden + "}}\n")
        .load());
    for (Sample sample : new Sample[] {Sample.DY, Sample.DATA}) {
      boolean mc = sample == Sample.DY;
      Path file = NanoGenerator.generate(sample, 10_000, 13, lz4, tmp.resolve(sample + ".root"), n -> { }).file();
      List<String> branches = List.of(kernel.skimBranches(mc, "2018"));
      List<String> counters = List.of(kernel.skimCounters(mc, "2018"));
      assertTrue(List.of(kernel.branches(mc, "2018")).containsAll(branches), branches.toString());
      assertTrue(branches.size() < kernel.branches(mc, "2018").length / 2, "the skim reads few of the branches");
      DatasetMetadata meta = mc ? DatasetMetadata.mc("DYJetsToLL", "2018", 6077.22)
          : DatasetMetadata.data("DATA_SingleMuon", "2018", "A");
      ColumnChunk chunk;
      try (RootFile f = RootFile.open(file)) {
        chunk = Columns.read(f.tree("Events"), 10_000, branches, counters, meta);
      }
      int[] passing = new int[chunk.size()];
      int n = kernel.skim(chunk, passing);
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        kept.add(passing[i]);
      }
      assertEquals(new ZMuMuReferenceTest.Reference(file, mc ? null : LumiMask.load(golden)).skimmed, kept,
          sample.toString());
    }
  }

  /** Every branch of the skimmed file holds the input's values of the entries {@code kept}, in order. */
  private static void compareEvents(Path input, Path skim, List<Integer> kept) throws IOException {
    try (RootFile in = RootFile.open(input); RootFile out = RootFile.open(skim)) {
      TTree original = in.tree("Events");
      TTree skimmed = out.tree("Events");
      assertEquals(kept.size(), skimmed.entries());
      assertEquals(names(original), names(skimmed), "all branches, in order");
      for (Branch b : skimmed.branches()) {
        Branch o = original.branch(b.name());
        assertEquals(o.type(), b.type(), b.name());
        assertEquals(o.title(), b.title(), b.name());
        List<List<Long>> before = BranchEntries.read(o);
        List<List<Long>> after = BranchEntries.read(b);
        for (int i = 0; i < kept.size(); i++) {
          assertEquals(before.get(kept.get(i)), after.get(i), b.name() + ", skimmed entry " + i);
        }
      }
    }
  }

  private static List<String> names(TTree tree) {
    return tree.branches().stream().map(Branch::name).toList();
  }

  private static Path resource(String name) throws Exception {
    return Path.of(ZMuMuSkimTest.class.getResource("/zmumu/corrections/" + name).toURI());
  }

  private static String[] concat(String[] first, String... more) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }
}
