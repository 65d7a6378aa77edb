package org.cortado.runtime.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cortado.params.Params;
import org.cortado.runtime.kernel.ColumnChunk;
import org.junit.jupiter.api.Test;

/**
 * The MET calibrator's wiring and errors; its values are in PocketCoffeaReferenceTest and
 * PocketCoffeaOwnCalibratorsTest.
 */
class MetCalibratorTest {
  private static final List<String> PASSES = List.of("nominal", "AK4PFchs_JES_TotalUp",
      "unclust_EnUp", "pileupUp");

  @Test
  void needsTheJetCalibratorsOfItsCollectionsAndPasses() {
    Params params = Fixtures.params();
    ColumnChunk chunk = Fixtures.chunk("nano_dy.root", true, "");
    JetCalibrator jets = JetCalibrator.factory(params, "Jet").bind(chunk, PASSES);
    JetCalibrator corr = JetCalibrator.factory(params, "CorrT1METJet").bind(chunk, PASSES);
    MetCalibrator.Factory met = MetCalibrator.factory(params);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> met.bind(chunk, PASSES, corr, jets));
    assertTrue(e.getMessage().contains("jets calibrates CorrT1METJet, but met_calibration names"
        + " Jet"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> met.bind(chunk, PASSES, jets, null));
    assertTrue(e.getMessage().contains("needs the CorrT1METJet calibrator"), e.getMessage());
    JetCalibrator otherPasses = JetCalibrator.factory(params, "Jet").bind(chunk,
        List.of("nominal"));
    e = assertThrows(IllegalArgumentException.class,
        () -> met.bind(chunk, PASSES, otherPasses, corr));
    assertTrue(e.getMessage().contains("bound with the passes [nominal]"), e.getMessage());
  }

  @Test
  void missingBranchesAreNamed() {
    Params params = Fixtures.params();
    for (String branch : List.of("RawMET_pt", "Jet_muonSubtrFactor", "CorrT1METJet_phi",
        "MET_MetUnclustEnUpDeltaY", "Jet_neEmEF")) {
      ColumnChunk chunk = Fixtures.chunk("nano_dy.root", true, "", List.of(branch));
      JetCalibrator jets = JetCalibrator.factory(params, "Jet").bind(chunk, PASSES);
      JetCalibrator corr = JetCalibrator.factory(params, "CorrT1METJet").bind(chunk, PASSES);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> MetCalibrator.factory(params).bind(chunk, PASSES, jets, corr), branch);
      assertTrue(e.getMessage().startsWith("MetCalibrator (2018, simulation): the chunk has no"
          + " branch '" + branch + "'"), e.getMessage());
    }
  }

  @Test
  void passesWithTheSameJetsShareOneResult() {
    Params params = Fixtures.params();
    ColumnChunk chunk = Fixtures.chunk("nano_dy.root", true, "");
    MetCalibrator met = Fixtures.Calibrators.run(params, chunk, PASSES).met();
    assertSame(met.pt(0), met.pt(3), "a weight variation leaves the MET nominal");
    assertTrue(met.pt(1)[0] != met.pt(0)[0], "JES_TotalUp moves the MET");
    // unclust_EnUp starts over from the file's MET, in float32.
    float[] metPt = chunk.floats("MET_pt");
    float[] metPhi = chunk.floats("MET_phi");
    float x = metPt[0] * (float) Math.cos(metPhi[0])
        + chunk.floats("MET_MetUnclustEnUpDeltaX")[0];
    float y = metPt[0] * (float) Math.sin(metPhi[0])
        + chunk.floats("MET_MetUnclustEnUpDeltaY")[0];
    assertEquals((float) Math.hypot(x, y), met.pt(2)[0]);
  }

  @Test
  void inactiveMetIsTheRawMetAndNeedsNoJets() {
    Params params = Fixtures.params(String.join("\n",
        "met_calibration:",
        "  '2018':",
        "    apply_MC: false",
        ""));
    ColumnChunk chunk = Fixtures.chunk("nano_dy.root", true, "");
    MetCalibrator met = MetCalibrator.factory(params).bind(chunk, List.of("nominal"), null, null);
    met.calibrate(3);
    assertEquals(chunk.floats("RawMET_pt")[3], met.pt(0)[3]);
    assertEquals(chunk.floats("RawMET_phi")[3], met.phi(0)[3]);
  }
}
