package org.cortado.runtime.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Each standard weight, driven through its parameters exactly as a kernel does, equals Python
 * correctionlib 2.9.0 at the real pile-up, muons and electrons of coffea's {@code nano_dy.root}
 * ({@code src/test/resources/weights/make_expected.py} wrote {@code weights_expected.tsv}).
 * Look-ups are compared within 1.5 ulp (see CorrectionRealFilesTest for why not bit for bit).
 * Skipped when the shared data folder is absent.
 */
class StandardWeightsTest {
  /** The default parameters, with the 2018 files pointed at the shared test copies. */
  static Params params() {
    String yaml = String.join("\n",
        "pileupJSONfiles:",
        "  '2018':",
        "    file: " + shared("POG__LUM__2016postVFP_UL__puWeights.json"),
        "    name: Collisions16_UltraLegacy_goldenJSON",
        "lepton_scale_factors:",
        "  muon_sf:",
        "    JSONfiles:",
        "      '2018':",
        "        file: " + shared("POG__MUO__2018_UL__muon_Z.json.gz"),
        "  electron_sf:",
        "    JSONfiles:",
        "      '2018':",
        "        files:",
        "          id: " + shared("POG__EGM__2018_UL__electron.json"),
        "          reco: " + shared("POG__EGM__2018_UL__electron.json"),
        "object_preselection:",
        "  Electron:",
        "    id: mvaFall17V2Iso_WP80",
        "");
    return ParamsLoader.withDefaults().text("test-overrides.yaml", yaml).load();
  }

  private static String shared(String name) {
    Path p = SharedData.data("corrections/" + name);
    return "'" + p.toAbsolutePath() + "'";
  }

  record Row(String kind, double[] in, double nominal, double up, double down) {}

  static List<Row> rows() {
    List<Row> out = new ArrayList<>();
    try (InputStream in = StandardWeightsTest.class.getResourceAsStream(
        "/weights/weights_expected.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String[] ins = f[1].split(",");
        double[] x = new double[ins.length];
        for (int i = 0; i < x.length; i++) {
          x[i] = Double.parseDouble(ins[i]);
        }
        out.add(new Row(f[0], x, Double.parseDouble(f[2]), Double.parseDouble(f[3]),
            Double.parseDouble(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, 1.5 * Math.ulp(expected), what);
  }

  @Test
  void everyWeightEqualsCorrectionlibOnRealObjects() {
    Params params = params();
    PileupWeight pu = PileupWeight.factory(params).bind("2018");
    MuonScaleFactor id = MuonScaleFactor.id(params).bind("2018");
    MuonScaleFactor iso = MuonScaleFactor.iso(params).bind("2018");
    ElectronScaleFactor eleId = ElectronScaleFactor.id(params).bind("2018");
    ElectronScaleFactor eleReco = ElectronScaleFactor.reco(params).bind("2018");
    int[] seen = new int[5];
    for (Row r : rows()) {
      double[] x = r.in();
      double[] got;
      switch (r.kind()) {
        case "pileup" -> {
          got = new double[] {pu.nominal(x[0]), pu.up(), pu.down()};
          seen[0]++;
        }
        case "muon_id" -> {
          got = new double[] {id.nominal(x[0], x[1]), id.up(), id.down()};
          seen[1]++;
        }
        case "muon_iso" -> {
          got = new double[] {iso.nominal(x[0], x[1]), iso.up(), iso.down()};
          seen[2]++;
        }
        case "ele_id" -> {
          got = new double[] {eleId.nominal(x[0], x[1], x[2]), eleId.up(), eleId.down()};
          seen[3]++;
        }
        case "ele_reco" -> {
          got = new double[] {eleReco.nominal(x[0], x[1], x[2]), eleReco.up(), eleReco.down()};
          seen[4]++;
        }
        default -> throw new AssertionError(r.kind());
      }
      String what = r.kind() + " at " + java.util.Arrays.toString(x);
      close(r.nominal(), got[0], what + " nominal");
      close(r.up(), got[1], what + " up");
      close(r.down(), got[2], what + " down");
    }
    for (int k : seen) {
      assertTrue(k >= 10, "every kind is exercised on at least 10 real objects");
    }
  }

  @Test
  void lumiAndCrossSection() {
    Params params = params();
    assertEquals(59832.47534, Normalisation.lumi(params, "2018"));
    assertEquals(19648.186119, Normalisation.lumi(params, "2016_PreVFP"));
    assertEquals(6077.22, Normalisation.xsec(
        org.cortado.runtime.kernel.ColumnChunk.builder(0).xsec(6077.22).build()));
    assertThrows(IllegalArgumentException.class, () -> Normalisation.xsec(
        org.cortado.runtime.kernel.ColumnChunk.builder(0).sample("DY").build()));
  }

  @Test
  void aChunkWithoutYearIsAClearError() {
    PileupWeight.Factory factory = PileupWeight.factory(params());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> factory.bind(""));
    assertTrue(e.getMessage().contains("ColumnChunk.Builder.year"), e.getMessage());
  }

  @Test
  void theSignedEtaIsUsedFrom2023OnForTheCurrentMuonLayout() {
    assertEquals("2018_UL", MuonScaleFactor.legacyYear("2018"));
    assertEquals("2016preVFP_UL", MuonScaleFactor.legacyYear("2016_PreVFP"));
  }
}
