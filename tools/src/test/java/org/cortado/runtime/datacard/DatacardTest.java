package org.cortado.runtime.datacard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cortado.runtime.output.RootHistograms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cards from a hand-built run: four bins of {@code mll} from 60 to 100 GeV, a Drell-Yan signal, a
 * ttbar background with a negative bin, a pile-up variation on both, and collision data. The
 * expected cards were worked out by hand from these numbers and laid out as PocketCoffea's
 * {@code Datacard.content} lays them out.
 */
class DatacardTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECTION = "-".repeat(80) + "\n";

  @TempDir Path tmp;
  private Path run;
  private final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void writeRun() throws IOException {
    run = tmp.resolve("run");
    Files.createDirectories(run);
    ObjectNode root = JSON.createObjectNode().put("format", "cortado-histograms/1");
    ObjectNode mll = root.putObject("histograms").putObject("mll");
    ObjectNode axis = mll.putArray("axes").addObject();
    axis.put("name", "ll.mass").put("label", "m_ll [GeV]").put("kind", "regular");
    axis.putArray("edges").add(60).add(70).add(80).add(90).add(100);
    ObjectNode samples = mll.putObject("samples");
    ObjectNode dy = samples.withObjectProperty("DY").withObjectProperty("DY_2018").withObjectProperty("baseline");
    content(dy, "nominal", new double[] {0, 10, 20, 30, 5, 0}, new double[] {0, 1, 2, 3, 0.5, 0});
    content(dy, "pileupUp", new double[] {0, 11, 22, 33, 5.5, 0}, new double[] {0, 1, 2, 3, 0.5, 0});
    content(dy, "pileupDown", new double[] {0, 9, 18, 27, 4.5, 0}, new double[] {0, 1, 2, 3, 0.5, 0});
    ObjectNode tt = samples.withObjectProperty("TT").withObjectProperty("TT_2018").withObjectProperty("baseline");
    content(tt, "nominal", new double[] {1, 4, -1, 2, 3, 7}, new double[] {1, 2, 1, 1, 1, 1});
    content(tt, "pileupUp", new double[] {1, 5, -1, 2, 3, 7}, new double[] {1, 2, 1, 1, 1, 1});
    content(tt, "pileupDown", new double[] {1, 3, -1, 2, 3, 7}, new double[] {1, 2, 1, 1, 1, 1});
    content(samples.withObjectProperty("DATA").withObjectProperty("DATA_2018_A").withObjectProperty("baseline"), "nominal",
        new double[] {2, 15, 18, 35, 8, 1}, new double[] {2, 15, 18, 35, 8, 1});
    JSON.writeValue(run.resolve("histograms.json").toFile(), root);
    ObjectNode cutflow = JSON.createObjectNode().put("format", "cortado-cutflow/1");
    ObjectNode datasets = cutflow.putObject("datasets");
    datasets.putObject("DY_2018").put("sample", "DY").put("year", "2018").put("isMC", true);
    datasets.putObject("TT_2018").put("sample", "TT").put("year", "2018").put("isMC", true);
    datasets.putObject("DATA_2018_A").put("sample", "DATA").put("year", "2018").put("isMC", false);
    JSON.writeValue(run.resolve("cutflow.json").toFile(), cutflow);
  }

  private static void content(ObjectNode category, String variation, double[] sumw, double[] sumw2) {
    ObjectNode c = category.putObject(variation);
    ArrayNode w = c.putArray("sumw");
    ArrayNode w2 = c.putArray("sumw2");
    for (int i = 0; i < sumw.length; i++) {
      w.add(sumw[i]);
      w2.add(sumw2[i]);
    }
  }

  private List<Path> write(Path config, String histogram, List<String> signals) throws IOException {
    return Datacards.write(run, config, histogram, null, null, signals, tmp.resolve("cards"), warnings::add);
  }

  private Path config(String yaml) throws IOException {
    Path file = tmp.resolve("datacard.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void everythingFromTheRun() throws IOException {
    List<Path> files = write(null, "mll", List.of("DY"));
    Path cards = tmp.resolve("cards");
    assertEquals(List.of(cards.resolve("datacard_baseline_2018.txt"), cards.resolve("shapes_baseline_2018.root"),
        cards.resolve("combine_cards.sh")), files);
    // Rates: DY 10+20+30+5 = 65; TT 4+0+2+3 = 9, its -1 bin set to zero. Data: 15+18+35+8 = 76.
    String row = "%-16s%-17s%-17s\n";
    String expected = "imax 1 number of channels\n"
        + "jmax 1 number of processes minus 1\n"
        + "kmax 1 number of nuisance parameters\n"
        + SECTION
        + "shapes * baseline_2018 shapes_baseline_2018.root $PROCESS_nominal $PROCESS_$SYSTEMATIC\n"
        + SECTION
        + "bin baseline_2018\n"
        + "observation 76.0\n"
        + SECTION
        + String.format(row, "bin", "baseline_2018", "baseline_2018")
        + String.format(row, "process", "DY_2018", "TT_2018")
        + String.format(row, "process", "0", "1")
        + String.format(row, "rate", "65", "9")
        + SECTION
        + String.format(row, "pileup shape", "1.0", "1.0")
        + SECTION
        + SECTION
        + "baseline_2018 autoMCStats 0 0 1\n"
        + SECTION;
    assertEquals(expected, Files.readString(cards.resolve("datacard_baseline_2018.txt")));
    assertTrue(warnings.stream().anyMatch(w -> w.contains("TT_2018_nominal") && w.contains("1 negative bin")), warnings.toString());

    Map<String, RootHistograms.Hist> shapes = RootHistograms.read(cards.resolve("shapes_baseline_2018.root"));
    assertEquals(List.of("data_obs_nominal", "DY_2018_nominal", "DY_2018_pileupUp", "DY_2018_pileupDown",
        "TT_2018_nominal", "TT_2018_pileupUp", "TT_2018_pileupDown"), List.copyOf(shapes.keySet()));
    // Flow bins are zero: the cards fit the in-range bins.
    assertArrayEquals(new double[] {0, 15, 18, 35, 8, 0}, shapes.get("data_obs_nominal").sumw());
    assertArrayEquals(new double[] {0, 11, 22, 33, 5.5, 0}, shapes.get("DY_2018_pileupUp").sumw());
    assertArrayEquals(new double[] {0, 4, 0, 2, 3, 0}, shapes.get("TT_2018_nominal").sumw());
    assertArrayEquals(new double[] {0, 2, 0, 1, 1, 0}, shapes.get("TT_2018_nominal").sumw2());
    RootHistograms.Axis x = shapes.get("DY_2018_nominal").x();
    assertEquals(4, x.bins());
    assertArrayEquals(new double[] {60, 70, 80, 90, 100}, x.edges());
    assertEquals("m_ll [GeV]", x.title());

    String script = Files.readString(cards.resolve("combine_cards.sh"));
    assertTrue(script.contains("combineCards.py baseline_2018=datacard_baseline_2018.txt > datacard_combined.txt\n"), script);
    assertTrue(script.contains("text2workspace.py datacard_combined.txt -o workspace.root\n"), script);
  }

  @Test
  void processesSystematicsRebinningFromYaml() throws IOException {
    Path config = config("""
        histogram: mll
        bin_prefix: zmm
        rebin: [60, 80, 100]
        mcstat: false
        processes:
          Drell-Yan: {samples: [DY], signal: true}
          ttbar: {samples: [TT], rate_param: true}
        systematics:
          lumi: {type: lnN, value: 1.025}
          tt_xsec: {type: lnN, value: [0.95, 1.05], processes: [ttbar]}
          PU: {type: shape, variation: pileup, processes: [Drell-Yan]}
        """);
    write(config, null, List.of());
    // Rebinned before the negative bin is set to zero, as PocketCoffea does: TT (4 - 1) + (2 + 3) = 8.
    String row = "%-15s%-21s%-21s\n";
    String expected = "imax 1 number of channels\n"
        + "jmax 1 number of processes minus 1\n"
        + "kmax 3 number of nuisance parameters\n"
        + SECTION
        + "shapes * zmm_baseline_2018 shapes_zmm_baseline_2018.root $PROCESS_nominal $PROCESS_$SYSTEMATIC\n"
        + SECTION
        + "bin zmm_baseline_2018\n"
        + "observation 76.0\n"
        + SECTION
        + String.format(row, "bin", "zmm_baseline_2018", "zmm_baseline_2018")
        + String.format(row, "process", "Drell-Yan_2018", "ttbar_2018")
        + String.format(row, "process", "0", "1")
        + String.format(row, "rate", "65", "8")
        + SECTION
        + String.format(row, "lumi    lnN", "1.025", "1.025")
        + String.format(row, "tt_xsec lnN", " -", "0.95/1.05")
        + String.format(row, "PU      shape", "1.0", " -")
        + SECTION
        + String.format("%-7s%-21s%-21s\n", "SF_ttbar", "rateParam", "* ttbar_2018 1 [0,5]")
        + SECTION;
    Path cards = tmp.resolve("cards");
    assertEquals(expected, Files.readString(cards.resolve("datacard_zmm_baseline_2018.txt")));
    Map<String, RootHistograms.Hist> shapes = RootHistograms.read(cards.resolve("shapes_zmm_baseline_2018.root"));
    assertEquals(List.of("data_obs_nominal", "Drell-Yan_2018_nominal", "Drell-Yan_2018_PUUp",
        "Drell-Yan_2018_PUDown", "ttbar_2018_nominal"), List.copyOf(shapes.keySet()));
    assertArrayEquals(new double[] {0, 33, 38.5, 0}, shapes.get("Drell-Yan_2018_PUUp").sumw());
    assertArrayEquals(new double[] {0, 3, 5, 0}, shapes.get("ttbar_2018_nominal").sumw());
    assertArrayEquals(new double[] {60, 80, 100}, shapes.get("ttbar_2018_nominal").x().edges());
  }

  @Test
  void mistakesNameTheLineAndWhatTheRunHas() throws IOException {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(config("""
        histogram: mll
        processes:
          DY: {samples: [DY], signal: true}
          TT: {samples: [TTbar]}
        """), null, List.of()));
    assertTrue(e.getMessage().contains("datacard.yaml:4") && e.getMessage().contains("'TTbar'")
        && e.getMessage().contains("[DY, TT]"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class, () -> write(config("""
        histogram: mll
        systematics:
          jes: {type: shape, processes: [DY]}
        """), null, List.of("DY")));
    assertTrue(e.getMessage().contains("datacard.yaml:3") && e.getMessage().contains("jesUp/Down"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class, () -> write(config("histogram: mll\nrebin: [60, 75, 100]\n"),
        null, List.of("DY")));
    assertTrue(e.getMessage().contains("75.0 is not one of its edges"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class, () -> write(config("histogram: mll\nbins: 3\n"), null, List.of("DY")));
    assertTrue(e.getMessage().contains("datacard.yaml:2") && e.getMessage().contains("unknown key 'bins'"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class, () -> write(null, "mll", List.of()));
    assertTrue(e.getMessage().contains("no signal process"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class, () -> write(null, "mjj", List.of("DY")));
    assertTrue(e.getMessage().contains("no histogram 'mjj'") && e.getMessage().contains("[mll]"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class, () -> write(config("""
        histogram: mll
        systematics:
          lumi: {type: lnN, value: -1}
        """), null, List.of("DY")));
    assertTrue(e.getMessage().contains("datacard.yaml:3") && e.getMessage().contains("positive"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("cards")), "a configuration error writes nothing");
  }
}
