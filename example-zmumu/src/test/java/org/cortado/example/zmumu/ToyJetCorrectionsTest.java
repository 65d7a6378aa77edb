package org.cortado.example.zmumu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.cortado.rootio.Compression;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.corrections.BoundCorrection;
import org.cortado.runtime.corrections.CorrectionFunction;
import org.cortado.runtime.corrections.CorrectionSet;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's toy JME file ({@code toy_jet_jerc.json.gz}, written by
 * {@code tools/make_toy_corrections.py}) and the generator's jets describe the same detector: the
 * toy JEC maps each jet's raw pT back to its {@code Jet_pt}, type-1 MET recomputed with it from
 * {@code RawMET} is the generated MET, and the toy resolution is the width the generator smears
 * with. The generator keeps its own copy of the JEC formulas, so this is what keeps the two in step.
 */
class ToyJetCorrectionsTest {
  private static final String MC = "Summer19UL18_V5_MC";
  private static final String[] DATA_ERAS = {"A", "B", "C", "D"};

  @TempDir Path tmp;

  private static CorrectionSet toyFile() throws IOException, URISyntaxException {
    return CorrectionSet.load(Path.of(ToyJetCorrectionsTest.class.getResource("/zmumu/corrections/toy_jet_jerc.json.gz").toURI()));
  }

  private Jets generate(Sample sample, long events, long seed) throws IOException {
    Path file = NanoGenerator.generate(sample, events, seed, WriteOptions.of(Compression.LZ4, 1),
        tmp.resolve(sample + ".root"), n -> { }).file();
    return new Jets(file, sample.isMC());
  }

  /** Jet_pt * (1 - Jet_rawFactor), corrected with the compound JEC, is Jet_pt again up to NanoAOD's rounding. */
  @Test
  void calibratingGeneratedJetsWithTheToyJecGivesBackTheirPt() throws Exception {
    CorrectionSet toy = toyFile();
    assertCloses(generate(Sample.DY, 20_000, 1), toy, MC);
    assertCloses(generate(Sample.TTBAR, 3_000, 2), toy, MC);
    Jets data = generate(Sample.DATA, 20_000, 3);
    for (String era : DATA_ERAS) {
      // One residual serves every 2018 era, so generated data, which mixes runs of eras A and D, close in any.
      assertCloses(data, toy, "Summer19UL18_Run" + era + "_V5_DATA");
    }
  }

  private static void assertCloses(Jets jets, CorrectionSet toy, String tag) {
    BoundCorrection jec = toy.compound(tag + "_L1L2L3Res_AK4PFchs").bind();
    double sum = 0;
    double worst = 0;
    for (int e = 0; e < jets.events; e++) {
      for (int i = jets.offsets[e]; i < jets.offsets[e + 1]; i++) {
        double raw = jets.pt[i] * (1 - jets.rawFactor[i]);
        double deviation = Math.abs(raw * jec.evaluate(jets.area[i], jets.eta[i], raw, jets.rho[e]) / jets.pt[i] - 1);
        sum += deviation;
        worst = Math.max(worst, deviation);
      }
    }
    int n = jets.offsets[jets.events];
    assertTrue(n > 1000, n + " jets");
    // Jet_rawFactor keeps NanoAOD's six mantissa bits, which alone moves the raw pT by up to about 0.3%.
    assertTrue(sum / n < 0.002 && worst < 0.005, tag + ": mean |corrected/Jet_pt - 1| " + sum / n + ", worst " + worst);
  }

  /**
   * Type-1 MET as CMS defines it: RawMET minus, for every jet whose corrected muon-subtracted pT
   * exceeds 15 GeV and whose EM fraction is below 0.9, its corrected minus its L1-corrected
   * muon-subtracted pT. As in PocketCoffea's METCalibrator the corrected pT is Jet_pt itself (the
   * closure test shows it is the toy JEC's), so rounding cannot move a jet across the threshold;
   * the L1 factor comes from the toy file. CorrT1METJets stay below the threshold, so they
   * contribute nothing.
   */
  @Test
  void typeOneMetRecomputedFromRawMetIsTheGeneratedMet() throws Exception {
    CorrectionSet toy = toyFile();
    for (Sample sample : List.of(Sample.TTBAR, Sample.DATA)) {
      Jets jets = generate(sample, 3_000, 4);
      String tag = sample.isMC() ? MC : "Summer19UL18_RunA_V5_DATA";
      BoundCorrection l1 = toy.correction(tag + "_L1FastJet_AK4PFchs").bind();
      BoundCorrection jec = toy.compound(tag + "_L1L2L3Res_AK4PFchs").bind();
      double worst = 0;
      for (int e = 0; e < jets.events; e++) {
        double x = jets.rawMetPt[e] * Math.cos(jets.rawMetPhi[e]);
        double y = jets.rawMetPt[e] * Math.sin(jets.rawMetPhi[e]);
        for (int i = jets.offsets[e]; i < jets.offsets[e + 1]; i++) {
          double raw = jets.pt[i] * (1 - jets.rawFactor[i]);
          double noMuonRaw = raw * (1 - jets.muonSubtrFactor[i]);
          double noMuonCorrected = jets.pt[i] * (1 - jets.muonSubtrFactor[i]);
          if (noMuonCorrected > 15 && jets.chEmEF[i] + jets.neEmEF[i] < 0.9) {
            double delta = noMuonCorrected - noMuonRaw * l1.evaluate(jets.area[i], jets.eta[i], raw, jets.rho[e]);
            x -= delta * Math.cos(jets.phi[i]);
            y -= delta * Math.sin(jets.phi[i]);
          }
        }
        for (int i = jets.lowOffsets[e]; i < jets.lowOffsets[e + 1]; i++) {
          double raw = jets.lowRawPt[i];
          double corrected = raw * (1 - jets.lowMuonSubtrFactor[i])
              * jec.evaluate(jets.lowArea[i], jets.lowEta[i], raw, jets.rho[e]);
          assertTrue(corrected < 15, "CorrT1METJet corrected to " + corrected + " GeV");
        }
        worst = Math.max(worst, Math.hypot(x - jets.metPt[e] * Math.cos(jets.metPhi[e]),
            y - jets.metPt[e] * Math.sin(jets.metPhi[e])));
      }
      // RawMET keeps ten mantissa bits of pt and phi, and Jet_rawFactor six.
      assertTrue(worst < 1.0, sample + ": recomputed type-1 MET misses MET by up to " + worst + " GeV");
    }
  }

  /**
   * Matched jets well above threshold scatter around their generator jets by the toy PtResolution:
   * pulls of unit width, within the fit's accuracy.
   */
  @Test
  void toyResolutionIsTheGeneratedSmearing() throws Exception {
    BoundCorrection resolution = toyFile().correction("Summer19UL18_JRV3_MC_PtResolution_AK4PFchs").bind();
    Jets jets = generate(Sample.TTBAR, 3_000, 5);
    double sum = 0;
    double sum2 = 0;
    int n = 0;
    for (int e = 0; e < jets.events; e++) {
      for (int i = jets.offsets[e]; i < jets.offsets[e + 1]; i++) {
        int g = jets.genJetIdx[i];
        if (g >= 0 && jets.genPt[jets.genOffsets[e] + g] > 40) {
          double response = jets.pt[i] / jets.genPt[jets.genOffsets[e] + g];
          // The generator puts generator jets at 0.97 of the parton, so the response peaks at 1/0.97.
          double pull = (response - 1 / 0.97) / resolution.evaluate(jets.eta[i], jets.pt[i], jets.rho[e]);
          sum += pull;
          sum2 += pull * pull;
          n++;
        }
      }
    }
    double width = Math.sqrt(sum2 / n - (sum / n) * (sum / n));
    assertTrue(n > 5000 && Math.abs(width - 1) < 0.1 && Math.abs(sum / n) < 0.1,
        n + " pulls, mean " + sum / n + ", width " + width);
  }

  /** JES uncertainties of a few per cent that grow towards low pT and high |eta|; JER scale factors above 1. */
  @Test
  void uncertaintiesAndScaleFactorsArePlausible() throws Exception {
    CorrectionSet toy = toyFile();
    BoundCorrection total = toy.correction(MC + "_Total_AK4PFchs").bind();
    for (double eta : new double[] {-4.5, -2.7, -1, 0, 1.5, 2.7, 4.5}) {
      double high = total.evaluate(eta, 500);
      double low = total.evaluate(eta, 20);
      assertTrue(high > 0.005 && low > high && low < 0.08, "eta " + eta + ": " + low + " at 20 GeV, " + high + " at 500");
      assertTrue(total.evaluate(Math.abs(eta) + 0.5, 30) >= total.evaluate(0.1, 30), "eta " + eta);
    }
    for (CorrectionFunction source : toy.corrections().values()) {
      if (source.name().contains("_Regrouped_")) {
        double value = source.bind().evaluate(0.5, 30);
        assertTrue(value >= 0 && value <= total.evaluate(0.5, 30), source.name() + " " + value);
      }
    }
    CorrectionFunction scaleFactor = toy.correction("Summer19UL18_JRV3_MC_ScaleFactor_AK4PFchs");
    for (double eta : new double[] {-4, -2, 0.2, 1.5, 2.8, 4.5}) {
      double nominal = scaleFactor.evaluate(eta, "nom");
      assertTrue(nominal > 1 && scaleFactor.evaluate(eta, "down") < nominal && nominal < scaleFactor.evaluate(eta, "up"));
    }
  }

  /**
   * Every toy correction takes the inputs, in the order and with the types, of its counterpart in
   * the CMS file (whose JER there is the JRV2 version of the JRV3 the parameters name).
   */
  @Test
  void toyCorrectionsHaveTheSignaturesOfTheCmsOnes() throws Exception {
    CorrectionSet cms = CorrectionSet.load(SharedData.data("corrections/POG__JME__2018_UL__jet_jerc.json.gz"));
    CorrectionSet toy = toyFile();
    assertEquals(34, toy.corrections().size());
    for (CorrectionFunction c : toy.corrections().values()) {
      assertEquals(signature(cms.correction(c.name().replace("JRV3", "JRV2"))), signature(c), c.name());
    }
    assertEquals(5, toy.compounds().size());
    for (CorrectionFunction c : toy.compounds().values()) {
      assertEquals(signature(cms.compound(c.name())), signature(c), c.name());
    }
  }

  private static String signature(CorrectionFunction c) {
    return c.inputs().stream().map(v -> v.name() + ":" + v.type()).toList() + " -> " + c.output().type();
  }

  /** The jet, low-pT jet and MET branches of a generated file, read whole. */
  private static final class Jets {
    final int events;
    final int[] offsets;
    final float[] pt;
    final float[] eta;
    final float[] phi;
    final float[] area;
    final float[] rawFactor;
    final float[] muonSubtrFactor;
    final float[] chEmEF;
    final float[] neEmEF;
    final int[] genJetIdx;
    final int[] genOffsets;
    final float[] genPt;
    final int[] lowOffsets;
    final float[] lowRawPt;
    final float[] lowEta;
    final float[] lowArea;
    final float[] lowMuonSubtrFactor;
    final float[] rho;
    final float[] metPt;
    final float[] metPhi;
    final float[] rawMetPt;
    final float[] rawMetPhi;

    Jets(Path file, boolean mc) throws IOException {
      try (RootFile f = RootFile.open(file)) {
        TTree t = f.tree("Events");
        events = (int) t.entries();
        offsets = offsets(t, "Jet_pt");
        pt = floats(t, "Jet_pt");
        eta = floats(t, "Jet_eta");
        phi = floats(t, "Jet_phi");
        area = floats(t, "Jet_area");
        rawFactor = floats(t, "Jet_rawFactor");
        muonSubtrFactor = floats(t, "Jet_muonSubtrFactor");
        chEmEF = floats(t, "Jet_chEmEF");
        neEmEF = floats(t, "Jet_neEmEF");
        genJetIdx = new int[pt.length];
        if (mc) {
          t.branch("Jet_genJetIdx").readInts(0, events, genJetIdx);
        }
        genOffsets = mc ? offsets(t, "GenJet_pt") : null;
        genPt = mc ? floats(t, "GenJet_pt") : null;
        lowOffsets = offsets(t, "CorrT1METJet_rawPt");
        lowRawPt = floats(t, "CorrT1METJet_rawPt");
        lowEta = floats(t, "CorrT1METJet_eta");
        lowArea = floats(t, "CorrT1METJet_area");
        lowMuonSubtrFactor = floats(t, "CorrT1METJet_muonSubtrFactor");
        rho = floats(t, "fixedGridRhoFastjetAll");
        metPt = floats(t, "MET_pt");
        metPhi = floats(t, "MET_phi");
        rawMetPt = floats(t, "RawMET_pt");
        rawMetPhi = floats(t, "RawMET_phi");
      }
    }

    private int[] offsets(TTree t, String branch) throws IOException {
      int[] o = new int[events + 1];
      t.branch(branch).readOffsets(0, events, o);
      return o;
    }

    private float[] floats(TTree t, String branch) throws IOException {
      float[] v = new float[(int) t.branch(branch).countElements(0, events)];
      t.branch(branch).readFloats(0, events, v);
      return v;
    }
  }
}
