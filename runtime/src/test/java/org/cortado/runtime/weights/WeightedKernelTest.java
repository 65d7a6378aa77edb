package org.cortado.runtime.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.cortado.params.Params;
import org.cortado.params.ParamsException;
import org.cortado.params.ParamsLoader;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.runtime.weights.fixture.WeightedZMuMu_Kernel;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The kernel generated for {@code WeightedZMuMu}: parameters bound at construction, the six
 * standard weights and their variations against a hand-written loop over the (separately
 * verified) evaluators, and the 2018 golden JSON on data at the points of CORRECTIONS.md §5.
 */
class WeightedKernelTest {
  private static final int N = 500;
  private static final double XS = 6077.22;
  private static final List<String> VARIATIONS = List.of("nominal", "pileupDown", "pileupUp",
      "sf_mu_idDown", "sf_mu_idUp", "sf_mu_isoDown", "sf_mu_isoUp");

  private static Params params(String extra) {
    String golden = SharedData.data("lumimasks/Cert_314472-325175_13TeV_Legacy2018_Collisions18_JSON.txt")
        .toAbsolutePath().toString();
    return ParamsLoader.withDefaults()
        .resource(WeightedKernelTest.class.getClassLoader(), "weights/fixture/selection.yaml")
        .text("overrides.yaml", StandardWeightsTest.params().toYaml())
        .text("golden.yaml", "lumi:\n  goldenJSON:\n    '2018': '" + golden + "'\n" + extra)
        .load();
  }

  @Test
  void layoutHasPocketCoffeaVariationNamesAndGoldenJsonRow() {
    ChunkKernel k = new WeightedZMuMu_Kernel(params(""));
    assertEquals(VARIATIONS, k.layout().variations());
    assertEquals(List.of("initial", "golden_json_lumi", "twoMuons"), k.layout().cutflow());
  }

  @Test
  void simulationWeightsEqualTheHandWrittenProduct() {
    Params params = params("");
    ChunkKernel kernel = new WeightedZMuMu_Kernel().withParams(params);
    Random r = new Random(7);
    int[] nMuon = new int[N];
    float[] nTrue = new float[N];
    float[] gen = new float[N];
    int total = 0;
    for (int e = 0; e < N; e++) {
      nMuon[e] = r.nextInt(4);
      nTrue[e] = r.nextInt(70);
      gen[e] = r.nextBoolean() ? 1.0f : -0.5f;
      total += nMuon[e];
    }
    float[] pt = new float[total];
    float[] eta = new float[total];
    for (int i = 0; i < total; i++) {
      pt[i] = 10 + 100 * r.nextFloat();
      eta[i] = -2.6f + 5.2f * r.nextFloat();
    }
    ColumnChunk chunk = ColumnChunk.builder(N).mc(true).year("2018").xsec(XS).sample("DY")
        .counts("nMuon", nMuon).floats("Muon_pt", pt).floats("Muon_eta", eta)
        .floats("Pileup_nTrueInt", nTrue).floats("genWeight", gen)
        .ints("run", new int[N]).ints("luminosityBlock", new int[N]).build();
    KernelOutputs out = KernelOutputs.create(kernel.layout(), true);
    kernel.process(chunk, out);

    PileupWeight pu = PileupWeight.factory(params).bind("2018");
    MuonScaleFactor id = MuonScaleFactor.id(params).bind("2018");
    MuonScaleFactor iso = MuonScaleFactor.iso(params).bind("2018");
    double lumi = 59832.47534;
    double[] sumw = new double[VARIATIONS.size()];
    long passed = 0;
    int first = 0;
    for (int e = 0; e < N; e++) {
      double[] idv = {1, 1, 1};
      double[] isov = {1, 1, 1};
      int good = 0;
      for (int i = first; i < first + nMuon[e]; i++) {
        if (pt[i] > 15 && Math.abs(eta[i]) < 2.4f) {
          good++;
          idv[0] *= id.nominal(eta[i], pt[i]);
          idv[1] *= id.up();
          idv[2] *= id.down();
          isov[0] *= iso.nominal(eta[i], pt[i]);
          isov[1] *= iso.up();
          isov[2] *= iso.down();
        }
      }
      first += nMuon[e];
      if (good < 2) {
        continue;
      }
      passed++;
      double base = gen[e] * lumi * XS;
      double p = pu.nominal(nTrue[e]);
      sumw[0] += base * p * idv[0] * isov[0];
      sumw[1] += base * pu.down() * idv[0] * isov[0];
      sumw[2] += base * pu.up() * idv[0] * isov[0];
      sumw[3] += base * p * idv[2] * isov[0];
      sumw[4] += base * p * idv[1] * isov[0];
      sumw[5] += base * p * idv[0] * isov[2];
      sumw[6] += base * p * idv[0] * isov[1];
    }
    assertEquals(N, out.cutflow("golden_json_lumi"), "simulation always passes the golden JSON");
    assertEquals(passed, out.cutflow("twoMuons"));
    for (int v = 0; v < VARIATIONS.size(); v++) {
      double got = out.sumw("baseline", VARIATIONS.get(v));
      assertEquals(sumw[v], got, 1e-12 * Math.abs(sumw[v]), VARIATIONS.get(v));
    }
  }

  @Test
  void dataPassesOnlyCertifiedLumiSections() {
    ChunkKernel kernel = new WeightedZMuMu_Kernel(params(""));
    int[] run = {315257, 315257, 315257, 315257, 315257, 315257, 325172, 325172, 315258};
    int[] ls = {0, 1, 88, 89, 90, 91, 485, 486, 10};
    int n = run.length;
    int[] nMuon = new int[n];
    java.util.Arrays.fill(nMuon, 2);
    float[] pt = new float[2 * n];
    float[] eta = new float[2 * n];
    java.util.Arrays.fill(pt, 30f);
    ColumnChunk chunk = ColumnChunk.builder(n).mc(false).year("2018").sample("DATA")
        .counts("nMuon", nMuon).floats("Muon_pt", pt).floats("Muon_eta", eta)
        .ints("run", run).ints("luminosityBlock", ls).build();
    KernelOutputs out = KernelOutputs.create(kernel.layout(), false);
    kernel.process(chunk, out);
    assertEquals(n, out.cutflow("initial"));
    assertEquals(4, out.cutflow("golden_json_lumi"));
    assertEquals(4, out.cutflow("twoMuons"));
    assertEquals(4.0, out.sumw("baseline", "nominal"), "data events have weight 1");
  }

  @Test
  void parametersAreReadOnceAndCheckedAtRunTime() {
    ChunkKernel k = new WeightedZMuMu_Kernel(params(""));
    assertSame(k, k) ;
    ParamsException e = assertThrows(ParamsException.class, () -> new WeightedZMuMu_Kernel(
        params("object_preselection:\n  Muon:\n    pt: high\n")));
    assertEquals("object_preselection.Muon.pt", e.path().orElseThrow());
  }
}
