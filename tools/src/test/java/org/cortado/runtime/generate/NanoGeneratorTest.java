package org.cortado.runtime.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.cortado.rootio.Branch;
import org.cortado.rootio.Compression;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.exec.ColumnKind;
import org.cortado.testing.ContentDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NanoGeneratorTest {
  @TempDir Path tmp;

  private Path generate(Sample sample, long events, long seed, String name) throws IOException {
    return NanoGenerator.generate(sample, events, seed, WriteOptions.of(Compression.LZ4, 1), tmp.resolve(name), n -> { })
        .file();
  }

  /** The processor's NanoAOD schema: generated files must only hold branches analyses can be compiled against. */
  private static Map<String, String> schema() throws IOException {
    Map<String, String> types = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        NanoGeneratorTest.class.getResourceAsStream("/org/cortado/processor/nanoaod-v9.schema.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] f = line.split("\t", -1);
          types.put(f[0], f[1]);
        }
      }
    }
    return types;
  }

  /** The schema's type for a branch: the runtime's column type, or "string" for leaves it cannot read. */
  private static String javaType(Branch b) {
    ColumnKind kind = ColumnKind.of(b.type());
    return kind == null ? "string" : kind.javaType();
  }

  @Test
  void everyBranchHasItsNanoAodNameAndType() throws IOException {
    Map<String, String> schema = schema();
    for (Sample sample : Sample.values()) {
      try (RootFile f = RootFile.open(generate(sample, 500, 7, sample + ".root"))) {
        for (Branch b : f.tree("Events").branches()) {
          assertEquals(schema.get(b.name()), javaType(b), sample + " " + b.name());
        }
      }
    }
  }

  @Test
  void drellYanHasAZPeakInTheDimuonMass() throws IOException {
    try (RootFile f = RootFile.open(generate(Sample.DY, 20_000, 11, "dy.root"))) {
      double[] masses = oppositeSignDimuonMasses(f.tree("Events"));
      assertTrue(masses.length > 5000, masses.length + " dimuon pairs");
      Arrays.sort(masses);
      double median = masses[masses.length / 2];
      assertTrue(Math.abs(median - EventGenerator.Z_MASS) < 1.5, "median dimuon mass " + median);
      long inWindow = Arrays.stream(masses).filter(m -> Math.abs(m - EventGenerator.Z_MASS) < 5).count();
      assertTrue(inWindow > 0.6 * masses.length, inWindow + " of " + masses.length + " within 5 GeV of the Z");
    }
  }

  @Test
  void topPairsHaveMoreJetsThanDrellYan() throws IOException {
    try (RootFile dy = RootFile.open(generate(Sample.DY, 5000, 1, "dy.root"));
        RootFile tt = RootFile.open(generate(Sample.TTBAR, 5000, 1, "tt.root"))) {
      double dyJets = mean(dy.tree("Events").branch("nJet"));
      double ttJets = mean(tt.tree("Events").branch("nJet"));
      assertTrue(ttJets > 3 * dyJets && ttJets > 4, "mean jets: ttbar " + ttJets + ", DY " + dyJets);
    }
  }

  @Test
  void dataHasNoSimulationBranchesAndCertifiedRuns() throws IOException {
    try (RootFile f = RootFile.open(generate(Sample.DATA, 3000, 5, "data.root"))) {
      TTree t = f.tree("Events");
      for (Branch b : t.branches()) {
        assertFalse(b.name().startsWith("Gen") || b.name().equals("genWeight") || b.name().startsWith("Pileup_")
            || b.name().contains("genPart") || b.name().contains("Flavour"), b.name());
      }
      long[] runs = new long[3000];
      t.branch("run").readLongs(0, 3000, runs);
      assertTrue(Set.of(315257L, 315259L, 315264L).containsAll(Arrays.stream(runs).boxed().toList()));
    }
  }

  /** The golden JSON written for the data certifies most generated lumi sections, but not the gaps. */
  @Test
  void goldenJsonCertifiesTheDataRunsExceptTheirGaps() throws IOException {
    Path golden = tmp.resolve("golden.json");
    NanoGenerator.writeGoldenJson(golden);
    org.cortado.runtime.lumi.LumiMask mask = org.cortado.runtime.lumi.LumiMask.load(golden);
    int n = 20_000;
    try (RootFile f = RootFile.open(generate(Sample.DATA, n, 5, "data.root"))) {
      int[] run = new int[n];
      int[] lumi = new int[n];
      f.tree("Events").branch("run").readInts(0, n, run);
      f.tree("Events").branch("luminosityBlock").readInts(0, n, lumi);
      boolean[] accepted = new boolean[n];
      mask.mask(run, lumi, accepted, n);
      int rejected = 0;
      for (int i = 0; i < n; i++) {
        rejected += accepted[i] ? 0 : 1;
        // Run 315257 is certified for lumi sections 1-88 and 91-92 only.
        if (run[i] == 315257) {
          assertEquals(lumi[i] <= 88 || lumi[i] == 91 || lumi[i] == 92, accepted[i], "lumi " + lumi[i]);
        }
      }
      assertTrue(rejected > 0 && rejected < n / 5, rejected + " of " + n + " rejected");
    }
  }

  @Test
  void theSameSeedGivesTheSameFile() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a")).resolve("x.root");
    Path b = Files.createDirectories(tmp.resolve("b")).resolve("x.root");
    NanoGenerator.generate(Sample.TTBAR, 2000, 42, WriteOptions.of(Compression.ZSTD, 3), a, n -> { });
    NanoGenerator.generate(Sample.TTBAR, 2000, 42, WriteOptions.of(Compression.ZSTD, 3), b, n -> { });
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  /**
   * Pins every branch of a small file per sample to the checksum of its values, committed in
   * {@value #STREAM_PINS}. Other tests and the PocketCoffea comparison depend on the exact generated
   * events, so a change that draws one more number from the generator's random stream, or reorders
   * two draws, must not slip through: it shows up here as the list of branches whose values moved.
   * Branches added later are not in the file and are ignored until it is rewritten. If a change of
   * the events is intended, rerun with {@code -Dgolden.update=true} and review the diff.
   */
  @Test
  void existingBranchesKeepTheirValuesForTheSameSeed() throws IOException {
    Map<String, String> actual = new LinkedHashMap<>();
    for (Sample sample : Sample.values()) {
      try (RootFile f = RootFile.open(generate(sample, 500, 5, sample + ".root"))) {
        for (Branch b : f.tree("Events").branches()) {
          actual.put(sample + "\t" + b.name(), checksum(b));
        }
      }
    }
    if (Boolean.getBoolean("golden.update")) {
      StringBuilder out = new StringBuilder("# sample\tbranch\tCRC-32 of the values of 500 events with seed 5"
          + " (NanoGeneratorTest; rewrite with -Dgolden.update=true)\n");
      actual.forEach((key, crc) -> out.append(key).append('\t').append(crc).append('\n'));
      Path file = Path.of("src/test/resources").resolve(STREAM_PINS.substring(1));
      Files.createDirectories(file.getParent());
      Files.writeString(file, out, StandardCharsets.UTF_8);
      return;
    }
    Map<String, String> pinned = new LinkedHashMap<>();
    try (InputStream in = NanoGeneratorTest.class.getResourceAsStream(STREAM_PINS)) {
      assertTrue(in != null, STREAM_PINS + " is missing (run with -Dgolden.update=true to create it)");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          int tab = line.lastIndexOf('\t');
          pinned.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    }
    List<String> moved = new ArrayList<>();
    pinned.forEach((key, crc) -> {
      if (!crc.equals(actual.get(key))) {
        moved.add(key.replace('\t', ' ') + (actual.containsKey(key) ? "" : " (missing)"));
      }
    });
    assertTrue(pinned.size() > 200, pinned.size() + " pinned branches");
    assertEquals(List.of(), moved, "branches whose generated values changed; rerun with -Dgolden.update=true only if"
        + " that is intended");
  }

  /** Jet_btagDeepB follows the hadron flavour like Jet_btagDeepFlavB, stays in [0, 1], and is its own number. */
  @Test
  void deepCsvTagFollowsTheFlavourWithoutCopyingDeepJet() throws IOException {
    try (RootFile f = RootFile.open(generate(Sample.TTBAR, 3000, 3, "tt.root"))) {
      TTree t = f.tree("Events");
      int n = (int) t.branch("Jet_btagDeepB").countElements(0, t.entries());
      float[] deepCsv = new float[n];
      float[] deepJet = new float[n];
      int[] flavour = new int[n];
      t.branch("Jet_btagDeepB").readFloats(0, t.entries(), deepCsv);
      t.branch("Jet_btagDeepFlavB").readFloats(0, t.entries(), deepJet);
      t.branch("Jet_hadronFlavour").readInts(0, t.entries(), flavour);
      double[] sum = new double[6];
      int[] count = new int[6];
      int same = 0;
      for (int i = 0; i < n; i++) {
        assertTrue(deepCsv[i] >= 0 && deepCsv[i] <= 1, "Jet_btagDeepB " + deepCsv[i]);
        sum[flavour[i]] += deepCsv[i];
        count[flavour[i]]++;
        same += deepCsv[i] == deepJet[i] ? 1 : 0;
      }
      double b = sum[5] / count[5];
      double c = sum[4] / count[4];
      double light = sum[0] / count[0];
      assertTrue(b > 0.6 && c > 0.2 && c < 0.5 && light < 0.15, "mean Jet_btagDeepB: b " + b + ", c " + c + ", light " + light);
      assertTrue(same < n / 100, same + " of " + n + " jets have Jet_btagDeepB == Jet_btagDeepFlavB");
    }
  }

  /**
   * The inputs of jet calibration and type-1 MET look like NanoAOD's: AK4 areas near 0.5, raw
   * factors of a few tenths that grow towards low pT, rho following the vertex count, EM fractions
   * mostly below the type-1 cut, soft CorrT1METJets and a unique event number.
   */
  @Test
  void jetCalibrationInputsLookLikeNanoAod() throws IOException {
    try (RootFile f = RootFile.open(generate(Sample.TTBAR, 3000, 9, "tt.root"))) {
      TTree t = f.tree("Events");
      float[] pt = floats(t, "Jet_pt");
      float[] area = floats(t, "Jet_area");
      float[] rawFactor = floats(t, "Jet_rawFactor");
      float[] muonSubtr = floats(t, "Jet_muonSubtrFactor");
      float[] em = floats(t, "Jet_chEmEF");
      float[] neEm = floats(t, "Jet_neEmEF");
      double[] low = new double[2];
      double[] high = new double[2];
      int withMuon = 0;
      int emAboveCut = 0;
      int typicalRawFactor = 0;
      for (int i = 0; i < pt.length; i++) {
        assertTrue(area[i] >= 0.3 && area[i] <= 0.7, "Jet_area " + area[i]);
        // Below zero only for soft forward jets in extreme pile-up, where the offset outweighs the response.
        assertTrue(rawFactor[i] > -0.2 && rawFactor[i] < 0.5, "Jet_rawFactor " + rawFactor[i] + " at pt " + pt[i]);
        typicalRawFactor += rawFactor[i] >= 0 && rawFactor[i] <= 0.4 ? 1 : 0;
        assertTrue(muonSubtr[i] >= 0 && muonSubtr[i] <= 1 && em[i] >= 0 && neEm[i] >= 0 && em[i] + neEm[i] < 1);
        double[] bin = pt[i] < 30 ? low : pt[i] > 100 ? high : null;
        if (bin != null) {
          bin[0] += rawFactor[i];
          bin[1]++;
        }
        withMuon += muonSubtr[i] > 0 ? 1 : 0;
        emAboveCut += em[i] + neEm[i] >= 0.9 ? 1 : 0;
      }
      assertTrue(typicalRawFactor > 0.99 * pt.length, typicalRawFactor + " of " + pt.length + " raw factors in [0, 0.4]");
      double meanArea = mean(area);
      assertTrue(Math.abs(meanArea - 0.5) < 0.02, "mean Jet_area " + meanArea);
      assertTrue(low[0] / low[1] > high[0] / high[1] + 0.03, "mean Jet_rawFactor below 30 GeV " + low[0] / low[1]
          + ", above 100 GeV " + high[0] / high[1]);
      assertTrue(withMuon < pt.length / 5 && withMuon > 0, withMuon + " of " + pt.length + " jets with a muon fraction");
      assertTrue(emAboveCut < pt.length / 20, emAboveCut + " of " + pt.length + " jets with EM fraction >= 0.9");

      int n = (int) t.entries();
      float[] rho = floats(t, "fixedGridRhoFastjetAll");
      int[] vertices = new int[n];
      t.branch("PV_npvs").readInts(0, n, vertices);
      double correlation = correlation(rho, vertices);
      assertTrue(correlation > 0.6, "correlation of rho with PV_npvs " + correlation);
      assertTrue(mean(rho) > 12 && mean(rho) < 30, "mean rho " + mean(rho));
      float[] lowPtRaw = floats(t, "CorrT1METJet_rawPt");
      assertTrue(lowPtRaw.length > n / 2, lowPtRaw.length + " CorrT1METJets in " + n + " events");
      for (float raw : lowPtRaw) {
        assertTrue(raw >= 6 && raw < 20, "CorrT1METJet_rawPt " + raw);
      }
      long[] event = new long[n];
      t.branch("event").readLongs(0, n, event);
      assertEquals(n, Arrays.stream(event).distinct().count(), "distinct event numbers");
    }
  }

  private static float[] floats(TTree t, String branch) throws IOException {
    Branch b = t.branch(branch);
    float[] v = new float[(int) b.countElements(0, t.entries())];
    b.readFloats(0, t.entries(), v);
    return v;
  }

  private static double mean(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x;
    }
    return sum / v.length;
  }

  private static double correlation(float[] x, int[] y) {
    double mx = mean(x);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  private static final String STREAM_PINS = "/generate/stream-pins.tsv";

  /** CRC-32 of a branch's values in little-endian order; counters are branches of their own, so they pin the shapes. */
  private static String checksum(Branch b) throws IOException {
    CRC32 crc = new CRC32();
    crc.update(ContentDigest.values(b));
    return String.format("%08x", crc.getValue());
  }

  private static double mean(Branch b) throws IOException {
    int n = (int) b.entries();
    int[] v = new int[n];
    b.readInts(0, n, v);
    return Arrays.stream(v).average().orElse(0);
  }

  private static double[] oppositeSignDimuonMasses(TTree t) throws IOException {
    int n = (int) t.entries();
    int[] offsets = new int[n + 1];
    t.branch("Muon_pt").readOffsets(0, n, offsets);
    int total = offsets[n];
    float[] pt = new float[total];
    float[] eta = new float[total];
    float[] phi = new float[total];
    float[] mass = new float[total];
    int[] charge = new int[total];
    t.branch("Muon_pt").readFloats(0, n, pt);
    t.branch("Muon_eta").readFloats(0, n, eta);
    t.branch("Muon_phi").readFloats(0, n, phi);
    t.branch("Muon_mass").readFloats(0, n, mass);
    t.branch("Muon_charge").readInts(0, n, charge);
    double[] out = new double[n];
    int pairs = 0;
    for (int e = 0; e < n; e++) {
      int i = offsets[e];
      if (offsets[e + 1] - i >= 2 && charge[i] * charge[i + 1] < 0) {
        out[pairs++] = invariantMass(pt[i], eta[i], phi[i], mass[i], pt[i + 1], eta[i + 1], phi[i + 1], mass[i + 1]);
      }
    }
    return Arrays.copyOf(out, pairs);
  }

  private static double invariantMass(double pt1, double eta1, double phi1, double m1, double pt2, double eta2,
      double phi2, double m2) {
    double e1 = Math.sqrt(Math.pow(pt1 * Math.cosh(eta1), 2) + m1 * m1);
    double e2 = Math.sqrt(Math.pow(pt2 * Math.cosh(eta2), 2) + m2 * m2);
    double px = pt1 * Math.cos(phi1) + pt2 * Math.cos(phi2);
    double py = pt1 * Math.sin(phi1) + pt2 * Math.sin(phi2);
    double pz = pt1 * Math.sinh(eta1) + pt2 * Math.sinh(eta2);
    return Math.sqrt(Math.max(0, Math.pow(e1 + e2, 2) - px * px - py * py - pz * pz));
  }
}
