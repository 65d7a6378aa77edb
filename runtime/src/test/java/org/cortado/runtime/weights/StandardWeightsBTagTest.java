package org.cortado.runtime.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.runtime.corrections.CorrectionEvaluationException;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The b-tag shape SF ({@code sf_btag}), driven through its parameters as a kernel does, equals
 * Python correctionlib 2.9.0 ({@code make_btag_expected.py}) within 1.5 ulp at every jet of
 * {@code nano_dy.root} with |eta| < 2.5, read here with rootio: nominal and the 16 variations,
 * with the BTV flavour rule (cferr on c jets, the other sources on b and light jets, central SF
 * otherwise). Skipped when the shared data folder is absent.
 */
class StandardWeightsBTagTest {
  /** Values compared, and those further than 1.5 ulp from correctionlib (formula leaves). */
  private static final int[] COMPARED = new int[2];

  /**
   * Within 1.5 ulp for table look-ups; a formula leaf (the cubic in the discriminant) gets 1e-12
   * relative, as its arithmetic may round differently from the reference's. (Parameters are read
   * as correctionlib reads them, see RapidJsonNumbers, and in practice every value is within
   * 1.5 ulp: the test prints the count.)
   */
  private static void close(double expected, double actual, String what) {
    COMPARED[0]++;
    if (Math.abs(expected - actual) > 1.5 * Math.ulp(expected)) {
      COMPARED[1]++;
    }
    assertEquals(expected, actual, Math.max(1.5 * Math.ulp(expected), 1e-12 * Math.abs(expected)),
        what);
  }

  /** Jets of nano_dy.root: offsets, flavour, eta, pt, DeepJet b discriminant. */
  record Jets(int[] offsets, int[] flavour, float[] eta, float[] pt, float[] deepFlavB) {
    static Jets read() throws Exception {
      Path file = SharedData.data("root/nano_dy.root");
      try (RootFile f = RootFile.open(file)) {
        TTree t = f.tree("Events");
        int n = (int) t.entries();
        int[] offsets = new int[n + 1];
        t.branch("Jet_pt").readOffsets(0, n, offsets);
        int total = offsets[n];
        int[] flavour = new int[total];
        float[] eta = new float[total];
        float[] pt = new float[total];
        float[] disc = new float[total];
        t.branch("Jet_hadronFlavour").readInts(0, n, flavour);
        t.branch("Jet_eta").readFloats(0, n, eta);
        t.branch("Jet_pt").readFloats(0, n, pt);
        t.branch("Jet_btagDeepFlavB").readFloats(0, n, disc);
        return new Jets(offsets, flavour, eta, pt, disc);
      }
    }

    int events() {
      return offsets.length - 1;
    }
  }

  @Test
  void everyRealJetEqualsCorrectionlib() throws Exception {
    Jets jets = Jets.read();
    BTagShapeScaleFactor sf = BTagShapeScaleFactor.factory(BTagExpected.params()).bind("2018");
    int[] seen = new int[6];
    for (String kind : List.of("jet", "jet_b")) {
      for (BTagExpected.Row r : BTagExpected.rows(kind)) {
        int i = jets.offsets()[r.event()] + r.index();
        int flavour = kind.equals("jet") ? jets.flavour()[i] : 5;
        assertEquals(r.in()[0], flavour, "flavour read by rootio");
        assertEquals(r.in()[1], jets.eta()[i], "eta read by rootio");
        assertEquals(r.in()[2], jets.pt()[i], "pt read by rootio");
        assertEquals(r.in()[3], jets.deepFlavB()[i], "discriminant read by rootio");
        String what = kind + " " + r.event() + "," + r.index() + " " + Arrays.toString(r.in());
        close(r.values()[0], sf.jet(flavour, jets.eta()[i], jets.pt()[i], jets.deepFlavB()[i]),
            what + " central");
        for (int k = 0; k < BTagShapeScaleFactor.SOURCES.size(); k++) {
          String s = BTagShapeScaleFactor.SOURCES.get(k);
          close(r.values()[1 + 2 * k], sf.up(k), what + " up_" + s);
          close(r.values()[2 + 2 * k], sf.down(k), what + " down_" + s);
          if (BTagShapeScaleFactor.applies(k, flavour) && sf.up(k) != sf.jet(flavour,
              jets.eta()[i], jets.pt()[i], jets.deepFlavB()[i])) {
            seen[3]++;
          }
        }
        seen[flavour == 0 ? 0 : flavour == 4 ? 1 : 2]++;
      }
    }
    System.out.printf("sf_btag: %d of %d values further than 1.5 ulp from correctionlib%n",
        COMPARED[1], COMPARED[0]);
    assertTrue(COMPARED[1] * 10 < COMPARED[0], COMPARED[1] + " of " + COMPARED[0]
        + " values further than 1.5 ulp");
    assertTrue(seen[0] >= 50, "light jets: " + seen[0]);
    assertTrue(seen[1] >= 5, "c jets: " + seen[1]);
    assertTrue(seen[2] >= 50, "b jets (evaluated as such): " + seen[2]);
    assertTrue(seen[3] >= 500, "shifted values that differ from the central one: " + seen[3]);
  }

  @Test
  void sourcesFollowTheBtvFlavourRule() {
    assertEquals(List.of("hf", "lf", "hfstats1", "hfstats2", "lfstats1", "lfstats2", "cferr1",
        "cferr2"), BTagShapeScaleFactor.SOURCES);
    for (int k = 0; k < 8; k++) {
      boolean cferr = k >= 6;
      assertEquals(!cferr, BTagShapeScaleFactor.applies(k, 0));
      assertEquals(!cferr, BTagShapeScaleFactor.applies(k, 5));
      assertEquals(cferr, BTagShapeScaleFactor.applies(k, 4));
    }
    BTagShapeScaleFactor sf = BTagShapeScaleFactor.factory(BTagExpected.params()).bind("2018");
    // CORRECTIONS.md §3.3: 'up_lf', 5, 1.2, 60.0, 0.5 -> 1.0961107620768646 (lf is source 1).
    // The central value is correctionlib's, which reads the file's numbers as RapidJSON does;
    // the document's walker (correctly rounded reading) has 1.0774108033954009.
    close(1.0774108033954006, sf.jet(5, -1.2, 60.0, 0.5), "central b");
    close(1.0961107620768646, sf.up(1), "up_lf b");
    assertEquals(1.0774108033954006, sf.up(6), "cferr1 leaves a b jet at its central SF");
    // 'up_cferr1', 4, 0.1, 45.0, 0.2 -> 1.0548179820314152; up_lf has no flavour-4 entry
    assertEquals(1.0, sf.jet(4, 0.1, 45.0, 0.2));
    close(1.0548179820314152, sf.up(6), "up_cferr1 c");
    assertEquals(1.0, sf.up(1), "lf leaves a c jet at its central SF");
  }

  @Test
  void jetsBeyondTheTableFailAsInCorrectionlib() {
    BTagShapeScaleFactor sf = BTagShapeScaleFactor.factory(BTagExpected.params()).bind("2018");
    assertThrows(CorrectionEvaluationException.class, () -> sf.jet(5, 2.5, 60.0, 0.5));
    assertThrows(CorrectionEvaluationException.class, () -> sf.jet(0, -3.1, 60.0, 0.5));
    assertFalse(Double.isNaN(sf.jet(0, 2.49, 5000.0, -1.0)), "pt and discriminant are clamped");
  }

  @Test
  void aChunkWithoutYearIsAClearError() {
    BTagShapeScaleFactor.Factory factory = BTagShapeScaleFactor.factory(BTagExpected.params());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> factory.bind(null));
    assertTrue(e.getMessage().contains("b-tag shape"), e.getMessage());
  }
}
