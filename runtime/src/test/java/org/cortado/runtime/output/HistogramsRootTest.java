package org.cortado.runtime.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cortado.rootio.KeyInfo;
import org.cortado.rootio.RootFile;
import org.cortado.runtime.exec.ExecutionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code histograms.root} holds, key for key and bin for bin, what {@code histograms.json} holds,
 * for a run and for a merge; read back with rootio (key listing) and {@link RootHistograms} (values).
 */
class HistogramsRootTest {
  @TempDir Path tmp;

  @Test
  void aRunsRootFileHoldsExactlyTheJsonHistograms() throws IOException {
    Path out = tmp.resolve("out");
    ExecutionOptions o = ExecutionOptions.defaults().withThreads(2);
    OutputWriter.write(out, OutputWriterTest.run(o), null, OutputWriterTest.info(o));
    int compared = assertSameHistograms(out);
    assertTrue(compared > 20, compared + " histograms");

    try (RootFile f = RootFile.open(out.resolve("histograms.root"))) {
      Map<String, String> classes = new java.util.HashMap<>();
      f.keys().forEach(k -> classes.put(k.path(), k.className()));
      assertEquals("TH1D", classes.get("mll/DYJetsToLL/DY_2018/os/sf_toyUp"));
      assertEquals("TH1D", classes.get("mll/DATA_SingleMuon/DATA_2018_EraA/baseline/nominal"));
      assertEquals("TDirectory", classes.get("mll/DYJetsToLL/DY_2018/os"));
      assertEquals("TH2D", classes.get("MuonGood_eta_phi/DYJetsToLL/DY_2018/baseline/nominal"));
      assertNull(classes.get("mll/DATA_SingleMuon/DATA_2018_EraA/baseline/sf_toyUp"), "data has no variations");
    }
    RootHistograms.Hist mll = RootHistograms.read(out.resolve("histograms.root")).get("mll/DYJetsToLL/DY_2018/os/nominal");
    assertRegular(mll.x(), "$M_{ll}$ [GeV]", 40, 0, 200);
    long os = Json.read(out.resolve("cutflow.json")).get("datasets").get("DY_2018").get("categories")
        .get("os").get("events").asLong();
    assertTrue(os > 0);
    assertEquals(os, mll.entries(), "fEntries: one fill of mll per event of the category");
    RootHistograms.Hist n = RootHistograms.read(out.resolve("histograms.root"))
        .get("nMuonGood/DYJetsToLL/DY_2018/baseline/nominal");
    assertRegular(n.x(), "nMuonGood", 6, 0, 6);
  }

  @Test
  void aMergedFolderHasTheRootFileOfItsMergedJson() throws IOException {
    ExecutionOptions o = ExecutionOptions.defaults().withThreads(1);
    Path a = tmp.resolve("a");
    OutputWriter.write(a, OutputWriterTest.run(o), null, OutputWriterTest.info(o));
    Path merged = tmp.resolve("merged");
    OutputMerger.merge(List.of(a, a), merged);
    assertTrue(assertSameHistograms(merged) > 20);
    try (Stream<Path> all = Files.list(merged)) {
      assertFalse(all.anyMatch(p -> p.getFileName().toString().startsWith(".")), "temporary file left");
    }
  }

  @Test
  void categoryAxesBecomeUnitBinsAndSlashesStayInsideOneLevel() throws IOException {
    JsonNode tree = Json.MAPPER.readTree("""
        {"histograms": {"nJet_by_flavour": {
          "axes": [{"name": "flavour", "label": "", "kind": "category", "values": [0, 4, 5],
                    "underflow": false, "overflow": true},
                   {"name": "pt", "label": "p_{T}", "kind": "variable", "edges": [0, 10, 30],
                    "underflow": true, "overflow": true}],
          "samples": {"ttbar": {"TT/2018": {"baseline": {"nominal": {
            "sumw":  [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15], [16, 17, 18, 19]],
            "sumw2": [[0, 1, 4, 9], [16, 25, 36, 49], [64, 81, 100, 121], [144, 169, 196, 225],
                      [256, 289, 324, 361]]}}}}}}}}
        """);
    Path file = tmp.resolve("h.root");
    HistogramsRoot.write(file, tree);
    RootHistograms.Hist h = RootHistograms.read(file).get("nJet_by_flavour/ttbar/TT_2018/baseline/nominal");
    assertNotNull(h, "a '/' in a dataset name must not open a directory");
    assertRegular(h.x(), "flavour", 3, 0, 3);
    assertArrayEquals(new double[] {0, 10, 30}, h.y().edges());
    // ROOT order, x fastest: cell (ix, iy) at ix + 5 * iy holds the JSON's [ix][iy] = 4 * ix + iy.
    for (int ix = 0; ix < 5; ix++) {
      for (int iy = 0; iy < 4; iy++) {
        assertEquals(4 * ix + iy, h.sumw()[ix + 5 * iy]);
        assertEquals((4 * ix + iy) * (4 * ix + iy), h.sumw2()[ix + 5 * iy]);
      }
    }
    assertEquals(190, h.entries(), "without a count of fills (an older histograms.json), fEntries"
        + " is the sum of weights with flow, as uproot sets it");
  }

  private static void assertRegular(RootHistograms.Axis a, String title, int bins, double low, double high) {
    assertEquals(List.of(title, bins, low, high), List.of(a.title(), a.bins(), a.low(), a.high()));
    assertEquals(0, a.edges().length, "a fixed-width axis has no edge array");
  }

  /** Checks both files of {@code dir} hold the same histograms; returns how many. */
  private static int assertSameHistograms(Path dir) throws IOException {
    JsonNode json = Json.read(dir.resolve("histograms.json")).get("histograms");
    Map<String, RootHistograms.Hist> root = RootHistograms.read(dir.resolve("histograms.root"));
    List<String> jsonKeys = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> hs = json.fields(); hs.hasNext(); ) {
      Map.Entry<String, JsonNode> h = hs.next();
      JsonNode axes = h.getValue().get("axes");
      leaves(h.getValue().get("samples"), h.getKey(), 4, (key, content) -> {
        jsonKeys.add(key);
        RootHistograms.Hist r = root.get(key);
        assertNotNull(r, key);
        assertEquals(axes.size() == 1 ? "TH1D" : "TH2D", r.className(), key);
        assertAxis(axes.get(0), r.x(), key);
        assertEquals(content.get("entries").asDouble(), r.entries(), key + ": fEntries");
        if (axes.size() == 1) {
          assertArrayEquals(doubles(content.get("sumw")), r.sumw(), key);
          assertArrayEquals(doubles(content.get("sumw2")), r.sumw2(), key);
        } else {
          assertAxis(axes.get(1), r.y(), key);
          int nx = r.x().bins() + 2;
          for (int ix = 0; ix < nx; ix++) {
            for (int iy = 0; iy < r.y().bins() + 2; iy++) {
              assertEquals(content.get("sumw").get(ix).get(iy).asDouble(), r.sumw()[ix + nx * iy], key);
              assertEquals(content.get("sumw2").get(ix).get(iy).asDouble(), r.sumw2()[ix + nx * iy], key);
            }
          }
        }
      });
    }
    assertEquals(jsonKeys, new ArrayList<>(root.keySet()), "the same histograms in the same order");
    try (RootFile f = RootFile.open(dir.resolve("histograms.root"))) {
      List<String> listed = f.keys().stream().filter(k -> k.className().startsWith("TH")).map(KeyInfo::path).toList();
      assertEquals(jsonKeys, listed, "rootio lists the same keys");
    }
    return jsonKeys.size();
  }

  private static void assertAxis(JsonNode axis, RootHistograms.Axis r, String key) {
    double[] edges = doubles(axis.get("edges"));
    assertEquals(edges.length - 1, r.bins(), key);
    assertEquals(edges[0], r.low(), key);
    assertEquals(edges[edges.length - 1], r.high(), key);
  }

  private static double[] doubles(JsonNode array) {
    double[] d = new double[array.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = array.get(i).asDouble();
    }
    return d;
  }

  private interface Leaf {
    void accept(String key, JsonNode content);
  }

  /** Calls {@code leaf} for every node {@code depth} levels below {@code node}, with its joined key. */
  private static void leaves(JsonNode node, String key, int depth, Leaf leaf) {
    if (depth == 0) {
      leaf.accept(key, node);
      return;
    }
    node.fields().forEachRemaining(e -> leaves(e.getValue(), key + "/" + e.getKey(), depth - 1, leaf));
  }
}
