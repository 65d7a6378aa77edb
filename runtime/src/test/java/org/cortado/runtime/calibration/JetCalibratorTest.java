package org.cortado.runtime.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.cortado.params.Params;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The jet calibrator's rules, each on its own: hand-evaluated JEC and JER values that do not
 * depend on the reference script, data, errors, pass ownership, variation names and allocation.
 * Tests that read ../shared are skipped when it is absent.
 */
class JetCalibratorTest {
  private static final List<String> PASSES = List.of("nominal", "AK4PFchs_JERDown",
      "AK4PFchs_JERUp", "AK4PFchs_JES_TotalDown", "AK4PFchs_JES_TotalUp", "unclust_EnDown",
      "unclust_EnUp");

  /** JEC alone: no JER and no variations, so the calibrated pt is the JEC factor times raw pt. */
  private static Params jecOnly() {
    return Fixtures.params(String.join("\n",
        "jets_calibration:",
        "  apply_jer_MC:",
        "    '2018': {AK4PFchs: false, AK8PFPuppi: true}",
        "  variations:",
        "    AK4PFchs:",
        "      '2018': []",
        ""));
  }

  /** One 2018 event holding one jet (and one CorrT1METJet-less, gen-less chunk). */
  private static ColumnChunk oneJet(float pt, float rawFactor, float eta, float area, float rho,
      long event) {
    return ColumnChunk.builder(1).year("2018").mc(true)
        .counts("nJet", new int[] {1})
        .counts("nGenJet", new int[] {0})
        .floats("Jet_pt", new float[] {pt})
        .floats("Jet_mass", new float[] {10f})
        .floats("Jet_rawFactor", new float[] {rawFactor})
        .floats("Jet_eta", new float[] {eta})
        .floats("Jet_area", new float[] {area})
        .ints("Jet_genJetIdx", new int[] {-1})
        .floats("GenJet_pt", new float[0])
        .floats("fixedGridRhoFastjetAll", new float[] {rho})
        .longs("event", new long[] {event})
        .build();
  }

  @Test
  void jecAtTheHandWalkedPointOfCorrectionsMd() {
    // CORRECTIONS.md §3.4: (JetA 0.5, JetEta 1.3, raw JetPt 50, Rho 20) -> 1.0831478192834487.
    // Only the eta bin depends on eta, and float 1.3 falls in the same bins as 1.3.
    JetCalibrator cal = JetCalibrator.factory(jecOnly(), "Jet")
        .bind(oneJet(50f, 0f, 1.3f, 0.5f, 20f, 1), List.of("nominal"));
    cal.calibrate(0);
    assertEquals(1.0831478192834487 * 50, cal.pt(0)[0], 1e-12 * 54);
    assertEquals(1.0831478192834487 * 10, cal.mass(0)[0], 1e-12 * 11);
    assertEquals(1 - 50 / cal.pt(0)[0], cal.rawFactor()[0]);
  }

  @Test
  void jecOfARealJetFromTheFormulasInTheFile() throws IOException {
    // nano_dy.root, first jet: L1FastJet and L2Relative written out from the file's formulas and
    // the parameters of the jet's eta bin; L3Absolute and L2L3Residual are "1" for MC.
    ColumnChunk chunk = Fixtures.chunk("nano_dy.root", true, "");
    float pt = chunk.floats("Jet_pt")[0];
    float rawFactor = chunk.floats("Jet_rawFactor")[0];
    float eta = chunk.floats("Jet_eta")[0];
    float area = chunk.floats("Jet_area")[0];
    float rho = chunk.floats("fixedGridRhoFastjetAll")[0];
    double ptRaw = (1 - rawFactor) * pt;
    JsonNode file;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(SharedData.data(Fixtures.JME)))) {
      file = new ObjectMapper().readTree(in);
    }
    double[] l1 = parameters(file, "Summer19UL18_V5_MC_L1FastJet_AK4PFchs", eta);
    double[] l2 = parameters(file, "Summer19UL18_V5_MC_L2Relative_AK4PFchs", eta);
    // max(0.0001,1-(max(min(z,[5]),[4])/max(min(y,[3]),[2]))*([7]*(max(min(x,[1]),[0])-[6])
    //   *(1.+[8]*log(max(min(y,[3]),[2])/15.)))) with x = Rho, y = JetPt, z = JetA
    double y1 = Math.max(Math.min(ptRaw, l1[3]), l1[2]);
    double factor1 = Math.max(0.0001, 1 - (Math.max(Math.min(area, l1[5]), l1[4]) / y1)
        * (l1[7] * (Math.max(Math.min(rho, l1[1]), l1[0]) - l1[6])
        * (1. + l1[8] * Math.log(y1 / 15.))));
    // max(0.0001, (x<10)*[11] + (x>=10)*([2]+[3]/(log10(x)^2+[4])+[5]*exp(-[6]*(log10(x)-[7])^2)
    //   +[8]*exp(-[9]*(log10(x)-[10])^2))) with x = clamped JetPt after L1
    double x = Math.max(Math.min(ptRaw * factor1, l2[1]), l2[0]);
    double lg = Math.log10(x);
    double factor2 = Math.max(0.0001, x < 10 ? l2[11] : l2[2] + l2[3] / (lg * lg + l2[4])
        + l2[5] * Math.exp(-(l2[6] * ((lg - l2[7]) * (lg - l2[7]))))
        + l2[8] * Math.exp(-(l2[9] * ((lg - l2[10]) * (lg - l2[10])))));
    double byHand = factor1 * factor2;
    JetCalibrator cal = JetCalibrator.factory(jecOnly(), "Jet").bind(chunk, List.of("nominal"));
    cal.calibrate(0);
    assertEquals(byHand * ptRaw, cal.pt(0)[0], 1e-12 * byHand * ptRaw);
    assertTrue(byHand > 1.05 && byHand < 1.2, "a plausible JEC factor: " + byHand);
  }

  /** The parameters of the formula of {@code name}'s bin containing {@code eta}. */
  private static double[] parameters(JsonNode file, String name, double eta) {
    for (JsonNode c : file.get("corrections")) {
      if (c.get("name").asText().equals(name)) {
        JsonNode data = c.get("data");
        JsonNode edges = data.get("edges");
        for (int i = 0; i + 1 < edges.size(); i++) {
          if (edges.get(i).doubleValue() <= eta && eta < edges.get(i + 1).doubleValue()) {
            return Fixtures.doubles(data.get("content").get(i).get("parameters"));
          }
        }
      }
    }
    throw new AssertionError(name + " at eta " + eta);
  }

  @Test
  void run2DataIsLeftAsReadAndNotResorted() {
    ColumnChunk chunk = Fixtures.chunk("nano_dy.root", false, "A");
    Fixtures.Calibrators c = Fixtures.Calibrators.run(Fixtures.params(), chunk, PASSES);
    JetCalibrator jets = c.jets();
    JetCalibrator corr = c.corrT1();
    MetCalibrator met = c.met();
    float[] pt = chunk.floats("Jet_pt");
    float[] mass = chunk.floats("Jet_mass");
    float[] rawFactor = chunk.floats("Jet_rawFactor");
    float[] rawPt = chunk.floats("CorrT1METJet_rawPt");
    for (int k = 0; k < PASSES.size(); k++) {
      for (int j = 0; j < chunk.offsets("nJet")[chunk.size()]; j++) {
        assertEquals(pt[j], jets.pt(k)[j]);
        assertEquals(mass[j], jets.mass(k)[j]);
        assertEquals(rawFactor[j], jets.rawFactor(k)[j]);
        assertEquals(j, jets.order(k)[j]);
      }
      for (int j = 0; j < chunk.offsets("nCorrT1METJet")[chunk.size()]; j++) {
        assertEquals(rawPt[j], corr.pt(k)[j]);
        assertEquals(0.0, corr.mass(k)[j]);
        assertEquals(j, corr.order(k)[j]);
      }
      // met_calibration apply_data is false for Run 2: PocketCoffea returns RawMET itself (the
      // unclustered-energy passes, which data does not run, would start over from MET).
      for (int e = 0; e < chunk.size() && !PASSES.get(k).startsWith("unclust"); e++) {
        assertEquals(chunk.floats("RawMET_pt")[e], met.pt(k)[e]);
        assertEquals(chunk.floats("RawMET_phi")[e], met.phi(k)[e]);
      }
    }
  }

  @Test
  void dataWithJecNeedsAnEraOfTheParameters() {
    Params params = Fixtures.params(String.join("\n",
        "jets_calibration:",
        "  apply_jec_Data:",
        "    '2018': {AK4PFchs: true, AK8PFPuppi: false}",
        ""));
    JetCalibrator.Factory factory = JetCalibrator.factory(params, "Jet");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> factory.bind(Fixtures.chunk("nano_dy.root", false, "E"), List.of("nominal")));
    assertTrue(e.getMessage().contains("data of 2018, era 'E'"), e.getMessage());
    assertTrue(e.getMessage().contains("[A, B, C, D]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> factory.bind(Fixtures.chunk("nano_dy.root", false, ""), List.of("nominal")));
    assertTrue(e.getMessage().contains("need the dataset's era"), e.getMessage());
    // With an era, the jets get that era's JEC (all values: PocketCoffeaReferenceTest).
    ColumnChunk chunk = Fixtures.chunk("nano_dy.root", false, "B");
    JetCalibrator cal = factory.bind(chunk, List.of("nominal"));
    cal.calibrate(0);
    float ptRaw = (1 - chunk.floats("Jet_rawFactor")[0]) * chunk.floats("Jet_pt")[0];
    double jec = Fixtures.jec(chunk).evaluate(chunk.floats("Jet_area")[0],
        chunk.floats("Jet_eta")[0], ptRaw, chunk.floats("fixedGridRhoFastjetAll")[0]);
    assertEquals(jec * ptRaw, cal.pt(0)[0]);
  }

  @Test
  void missingBranchesAreNamed() {
    Params params = Fixtures.params();
    for (String branch : List.of("Jet_area", "Jet_genJetIdx", "event", "fixedGridRhoFastjetAll",
        "Jet_rawFactor", "GenJet_pt")) {
      ColumnChunk chunk = Fixtures.chunk("nano_dy.root", true, "", List.of(branch));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> JetCalibrator.factory(params, "Jet").bind(chunk, PASSES), branch);
      assertTrue(e.getMessage().contains("JetCalibrator for Jet (2018, simulation): the chunk has"
          + " no branch '" + branch + "'"), e.getMessage());
    }
    ColumnChunk noRawPt = Fixtures.chunk("nano_dy.root", true, "", List.of("CorrT1METJet_rawPt"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JetCalibrator.factory(params, "CorrT1METJet").bind(noRawPt, PASSES));
    assertTrue(e.getMessage().contains("'CorrT1METJet_rawPt'"), e.getMessage());
    ColumnChunk noYear = ColumnChunk.builder(0).build();
    e = assertThrows(IllegalArgumentException.class,
        () -> JetCalibrator.factory(params, "Jet").bind(noYear, PASSES));
    assertTrue(e.getMessage().contains("data-taking period"), e.getMessage());
  }

  @Test
  void passesTheCalibratorDoesNotOwnGiveTheNominal() {
    ColumnChunk chunk = Fixtures.chunk("nano_dy.root", true, "");
    List<String> passes = List.of("nominal", "unclust_EnUp", "AK8PFPuppi_JES_TotalUp",
        "pileupUp", "AK4PFchs_JES_FlavorQCDUp", "AK4PFchs_JES_TotalUp");
    JetCalibrator cal = JetCalibrator.factory(Fixtures.params(), "Jet").bind(chunk, passes);
    for (int e = 0; e < chunk.size(); e++) {
      cal.calibrate(e);
    }
    for (int k = 1; k <= 4; k++) {
      assertSame(cal.pt(0), cal.pt(k), passes.get(k));
      assertSame(cal.mass(0), cal.mass(k), passes.get(k));
      assertSame(cal.rawFactor(0), cal.rawFactor(k), passes.get(k));
      assertSame(cal.order(0), cal.order(k), passes.get(k));
    }
    assertTrue(cal.pt(5)[0] > cal.pt(0)[0], "JES_TotalUp raises the pt");
    assertSame(cal.rawFactor(), cal.rawFactor(0));
  }

  @Test
  void theFirstPassIsTheNominal() {
    ColumnChunk chunk = oneJet(50f, 0f, 1.3f, 0.5f, 20f, 1);
    // Outside assertThrows: without the shared JME file the parameters skip the test.
    Params params = jecOnly();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JetCalibrator.factory(params, "Jet").bind(chunk, List.of("AK4PFchs_JERUp")));
    assertTrue(e.getMessage().contains("\"nominal\""), e.getMessage());
  }

  @Test
  void variationNamesAsPocketCoffeaListsThem() {
    Params params = Fixtures.params();
    List<String> ak4 = List.of("AK4PFchs_JERDown", "AK4PFchs_JERUp", "AK4PFchs_JES_TotalDown",
        "AK4PFchs_JES_TotalUp");
    assertEquals(ak4, JetCalibrator.factory(params, "Jet").variations("2018"));
    // CorrT1METJet is aliased to AK4PFchs and merged into its variations.
    assertEquals(ak4, JetCalibrator.factory(params, "CorrT1METJet").variations("2018"));
    assertEquals(List.of("AK8PFPuppi_JERDown", "AK8PFPuppi_JERUp", "AK8PFPuppi_JES_TotalDown",
        "AK8PFPuppi_JES_TotalUp"), JetCalibrator.factory(params, "FatJet").variations("2018"));
    assertEquals(List.of(), JetCalibrator.factory(params, "Photon").variations("2018"));
    assertEquals(List.of("AK4PFPuppi_JERDown", "AK4PFPuppi_JERUp", "AK4PFPuppi_JES_TotalDown",
        "AK4PFPuppi_JES_TotalUp"), JetCalibrator.factory(params, "Jet").variations("2022_preEE"));
    assertEquals(List.of(), JetCalibrator.factory(jecOnly(), "Jet").variations("2018"));
    assertEquals(List.of("unclust_EnDown", "unclust_EnUp"),
        MetCalibrator.factory(params).variations("2018"));
  }

  @Test
  void calibrateAllocatesNothing() {
    ColumnChunk chunk = Fixtures.chunk("nanoAOD_2015_CMS_Open_Data_ttbar.root", true, "");
    Fixtures.Calibrators calibrators = Fixtures.Calibrators.bind(Fixtures.params(), chunk,
        PASSES);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    // The fewest bytes of any late round: a JIT deoptimisation in one round rematerialises
    // scalar-replaced objects on the heap, which is the compiler's doing, not calibrate's.
    long allocated = Long.MAX_VALUE;
    for (int round = 0; round < 30; round++) {
      long before = threads.getThreadAllocatedBytes(thread);
      for (int e = 0; e < chunk.size(); e++) {
        calibrators.calibrate(e);
      }
      long bytes = threads.getThreadAllocatedBytes(thread) - before;
      if (round >= 10) {
        allocated = Math.min(allocated, bytes);
      }
    }
    assertEquals(0, allocated, "bytes allocated by a pass over 200 events");
  }

  @Test
  void aMergedVariationMovesTheType1MetJetsToo() {
    ColumnChunk chunk = Fixtures.chunk("nano_dy.root", true, "");
    List<String> passes = List.of("nominal", "AK4PFchs_JES_TotalUp", "AK4PFchs_JERDown");
    JetCalibrator corr = JetCalibrator.factory(Fixtures.params(), "CorrT1METJet")
        .bind(chunk, passes);
    corr.calibrate(0);
    int first = chunk.offsets("nCorrT1METJet")[0];
    assertTrue(corr.pt(1)[first] > corr.pt(0)[first], "JES_TotalUp moves CorrT1METJet");
    assertTrue(corr.pt(2)[first] != corr.pt(0)[first], "JERDown moves CorrT1METJet");
    assertEquals(0.0, corr.mass(1)[first], "CorrT1METJet has no mass in NanoAOD v9");
  }
}
