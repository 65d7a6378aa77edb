package org.cortado.runtime.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.runtime.weights.fixture.BTaggedJets_Kernel;
import org.junit.jupiter.api.Test;

/**
 * The kernel generated for {@code BTaggedJets} on the real jets of {@code nano_dy.root}: each
 * event, run as its own chunk, has as sum of weights per variation PocketCoffea's
 * {@code sf_btag} product over its good jets, as Python correctionlib computes it
 * ({@code make_btag_expected.py}, rows {@code event}).
 */
class WeightedBTagKernelTest {
  private static final List<String> SOURCES = BTagShapeScaleFactor.SOURCES;

  /** The layout's names, sorted as the kernel sorts them. */
  private static List<String> variations() {
    List<String> v = new ArrayList<>();
    for (String s : SOURCES) {
      v.add("sf_btag_" + s + "Down");
      v.add("sf_btag_" + s + "Up");
    }
    v.sort(null);
    v.add(0, "nominal");
    return v;
  }

  @Test
  void layoutHasOneUpDownPairPerSource() {
    ChunkKernel k = new BTaggedJets_Kernel(BTagExpected.params());
    assertEquals(variations(), k.layout().variations());
    assertEquals(17, k.layout().variations().size());
  }

  @Test
  void eachEventWeighsTheProductOverItsGoodJets() throws Exception {
    StandardWeightsBTagTest.Jets jets = StandardWeightsBTagTest.Jets.read();
    ChunkKernel kernel = new BTaggedJets_Kernel(BTagExpected.params());
    List<BTagExpected.Row> expected = BTagExpected.rows("event");
    assertEquals(jets.events(), expected.size());
    int withJets = 0;
    for (BTagExpected.Row r : expected) {
      int e = r.event();
      int from = jets.offsets()[e];
      int to = jets.offsets()[e + 1];
      ColumnChunk chunk = ColumnChunk.builder(1).mc(true).year("2018").sample("DY")
          .counts("nJet", new int[] {to - from})
          .ints("Jet_hadronFlavour", java.util.Arrays.copyOfRange(jets.flavour(), from, to))
          .floats("Jet_eta", java.util.Arrays.copyOfRange(jets.eta(), from, to))
          .floats("Jet_pt", java.util.Arrays.copyOfRange(jets.pt(), from, to))
          .floats("Jet_btagDeepFlavB", java.util.Arrays.copyOfRange(jets.deepFlavB(), from, to))
          .floats("genWeight", new float[] {1f}).build();
      KernelOutputs out = KernelOutputs.create(kernel.layout(), true);
      kernel.process(chunk, out);
      int n = r.index();
      withJets += n > 0 ? 1 : 0;
      // each factor within 1.5 ulp of correctionlib, so a product of n within about 1.5n + 1 ulp
      double ulps = 1.5 * n + 1;
      check(r.values()[0], out.sumw("baseline", "nominal"), ulps, e + " nominal");
      for (int k = 0; k < SOURCES.size(); k++) {
        String s = SOURCES.get(k);
        check(r.values()[1 + 2 * k], out.sumw("baseline", "sf_btag_" + s + "Up"), ulps,
            e + " " + s + "Up");
        check(r.values()[2 + 2 * k], out.sumw("baseline", "sf_btag_" + s + "Down"), ulps,
            e + " " + s + "Down");
      }
    }
    assertEquals(24, withJets, "events with at least one good jet");
  }

  @Test
  void dataEventsWeighOne() throws Exception {
    StandardWeightsBTagTest.Jets jets = StandardWeightsBTagTest.Jets.read();
    ChunkKernel kernel = new BTaggedJets_Kernel(BTagExpected.params());
    int n = jets.events();
    int[] counts = new int[n];
    for (int e = 0; e < n; e++) {
      counts[e] = jets.offsets()[e + 1] - jets.offsets()[e];
    }
    ColumnChunk chunk = ColumnChunk.builder(n).mc(false).year("2018").sample("DATA")
        .counts("nJet", counts).floats("Jet_eta", jets.eta()).floats("Jet_pt", jets.pt())
        .build();
    KernelOutputs out = KernelOutputs.create(kernel.layout(), false);
    kernel.process(chunk, out);
    assertEquals(n, out.sumw("baseline", "nominal"));
  }

  /** As StandardWeightsBTagTest: formula leaves may be further off, within 1e-12 relative. */
  private static void check(double expected, double actual, double ulps, String what) {
    assertEquals(expected, actual,
        Math.max(ulps * Math.ulp(expected), 1e-12 * Math.abs(expected)), what);
  }
}
