package org.cortado.runtime.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real POG and PocketCoffea correction files of {@code shared/data/corrections}, evaluated at
 * thousands of points around every bin edge, category key and flow region (skipped when the
 * shared folder is absent).
 *
 * <p>Expected values come from the reference implementation, Python correctionlib 2.9.0, via
 * {@code src/test/resources/corrections/reference/make_real_files.py}, which wrote
 * {@code real_files_expected.tsv}. The spot checks below are the points hand-walked in
 * CORRECTIONS.md section 3.3/3.4, re-evaluated with the same Python package.
 *
 * <p>Pure look-ups are compared bit for bit. That needs the file's numbers read as the reference
 * reads them, with RapidJSON's default (not full-precision) parser, which is sometimes one ulp off
 * the decimal in the file (e.g. {@code 0.11894171699063277} in the 2016postVFP pile-up weights
 * comes back as {@code ...276}); see RapidJsonNumbers. Formula results get 1e-12 relative, as
 * Java's and glibc's transcendental functions sometimes round differently.
 */
class CorrectionRealFilesTest {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  @TestFactory
  Stream<DynamicTest> everySampledPointMatchesTheReference() {
    Map<String, List<String[]>> byFile = new LinkedHashMap<>();
    for (String line : Fixtures.lines("real_files_expected.tsv")) {
      String[] f = line.split("\t");
      byFile.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    return byFile.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      CorrectionSet set = Fixtures.shared(e.getKey());
      for (String[] f : e.getValue()) {
        CorrectionFunction c = f[1].equals("compound") ? set.compound(f[2]) : set.correction(f[2]);
        Object[] args = args(JSON.readTree(f[4]));
        if (f[5].startsWith("ERROR")) {
          Checker.checkFails(c, args);
        } else {
          double expected = pythonDouble(f[5]);
          double tolerance = f[3].equals("approx") ? Checker.FORMULA_TOLERANCE : 0.0;
          Checker.check(c, expected, tolerance, args);
        }
      }
    }));
  }

  /** Parses Python's {@code repr} of a float. */
  private static double pythonDouble(String repr) {
    switch (repr) {
      case "inf": return Double.POSITIVE_INFINITY;
      case "-inf": return Double.NEGATIVE_INFINITY;
      case "nan": return Double.NaN;
      default: return Double.parseDouble(repr);
    }
  }

  private static Object[] args(JsonNode array) {
    Object[] out = new Object[array.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode a = array.get(i);
      out[i] = a.isTextual() ? a.textValue() : a.isIntegralNumber() ? (Object) a.longValue()
          : (Object) a.doubleValue();
    }
    return out;
  }

  @Test
  void muonIdScaleFactors() {
    CorrectionSet set = Fixtures.shared("POG__MUO__2018_UL__muon_Z.json.gz");
    Correction id = set.correction("NUM_TightID_DEN_TrackerMuons");
    Checker.check(id, 0.9903910069205633, 0.0, "2018_UL", 1.5, 45.0, "sf");
    // correctionlib's value: the file's 0.9929637809874953 read as RapidJSON does (see
    // RapidJsonNumbers); CORRECTIONS.md, read with Python's json, has ...953.
    Checker.check(id, 0.9929637809874952, 0.0, "2018_UL", 0.2, 25.0, "systup");
    Checker.check(id, 0.0013780069843636685, 0.0, "2018_UL", 2.39, 119.0, "stat");
    Checker.checkFails(id, "2018_UL", 2.4, 30.0, "sf");
    Checker.checkFails(id, "2018_UL", 1.0, 14.0, "sf");
    CorrectionEvaluationException e = org.junit.jupiter.api.Assertions.assertThrows(
        CorrectionEvaluationException.class, () -> id.bind("2018_UL", "sf").evaluate(2.4, 30.0));
    assertEquals("Correction 'NUM_TightID_DEN_TrackerMuons': input 'abseta' = 2.4 is at or above "
        + "the highest edge 2.4 of a Binning with flow 'error'", e.getMessage());
  }

  @Test
  void jecCompoundChainAndItsStages() {
    CorrectionSet set = Fixtures.shared("POG__JME__2018_UL__jet_jerc.json.gz");
    CompoundCorrection mc = set.compound("Summer19UL18_V5_MC_L1L2L3Res_AK4PFchs");
    assertEquals(List.of("JetA", "JetEta", "JetPt", "Rho"),
        mc.inputs().stream().map(Variable::name).toList());
    Checker.check(mc, 1.0831478192834487, Checker.FORMULA_TOLERANCE, 0.5, 1.3, 50.0, 20.0);
    Checker.check(mc, 1.0991233121763204, Checker.FORMULA_TOLERANCE, 0.45, -2.7, 120.0, 35.0);
    Checker.check(set.compound("Summer19UL18_RunA_V5_DATA_L1L2L3Res_AK4PFchs"), 1.0827443642337744,
        Checker.FORMULA_TOLERANCE, 0.5, 1.3, 50.0, 20.0);
    Checker.check(set.correction("Summer19UL18_V5_MC_L1FastJet_AK4PFchs"), 0.9404109823212141,
        Checker.FORMULA_TOLERANCE, 0.5, 1.3, 50.0, 20.0);
    Checker.check(set.correction("Summer19UL18_V5_MC_L2Relative_AK4PFchs"), 1.1517813377826762,
        Checker.FORMULA_TOLERANCE, 1.3, 47.02054911606071);
    Checker.check(set.correction("Summer19UL18_V5_MC_Total_AK4PFchs"), 0.02112432471478757,
        Checker.FORMULA_TOLERANCE, 1.3, 54.157390964172436);
    Checker.check(set.correction("Summer19UL18_JRV2_MC_ScaleFactor_AK4PFchs"), 1.0, 0.0,
        5.191, "nom");
  }

  @Test
  void electronTauAndPileupSpotChecks() {
    Correction ele = Fixtures.shared("POG__EGM__2018_UL__electron.json")
        .correction("UL-Electron-ID-SF");
    Checker.check(ele, 0.9572413563728333, 0.0, "2018", "sf", "Tight", 1.1, 45.0);
    Checker.check(ele, 1.0121291765097942, 0.0, "2018", "sfup", "wp90iso", -2.3, 150.0);
    Checker.check(ele, 0.9989827275276184, 0.0, "2018", "sf", "RecoAbove20", 3.0, 500.0);
    Checker.checkFails(ele, "2018", "sf", "Tight", 0.5, 5.0);
    Checker.checkFails(ele, "2017", "sf", "Tight", 0.5, 20.0);
    Correction pu = Fixtures.shared("puWeights_2024.json.gz").correction("Pileup");
    Checker.check(pu, 0.4756280290100345, 0.0, 0.0, "nominal");
    Checker.check(pu, 0.4944541022081234, 0.0, 24.999, "down");
    Checker.check(pu, 0.0, 0.0, 100.0, "nominal");
    Checker.checkFails(pu, 30.0, "Nominal");
    Correction mva = Fixtures.shared(
        "custom_SFs__muon_promptMVA__2022__muon_mvaTTH_2022_SF.json.gz")
        .correction("NUM_TightmvaTTH_DEN_LooseMuons");
    // As above: correctionlib reads the file's ...375 as ...376.
    Checker.check(mva, 0.9676808383964376, 0.0, -2.1, 499.9, "systdown");
    Checker.check(mva, 0.9979736804962158, 0.0, -0.0, 100.0, "nominal");
  }

  @Test
  void loadsEveryFileWithItsCorrectionsInFileOrder() {
    CorrectionSet btag = Fixtures.shared("POG__BTV__2018_UL__btagging.json.gz");
    assertTrue(btag.corrections().containsKey("deepJet_shape"));
    assertTrue(btag.compounds().isEmpty());
    CorrectionSet jme = Fixtures.shared("POG__JME__2018_UL__jet_jerc.json.gz");
    assertEquals(5, jme.compounds().size());
    assertTrue(jme.source().endsWith("POG__JME__2018_UL__jet_jerc.json.gz"));
  }
}
