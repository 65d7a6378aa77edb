package org.cortado.example.zmumu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.params.Params;
import org.cortado.rootio.Compression;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.corrections.Correction;
import org.cortado.runtime.corrections.CorrectionSet;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.internal.Kernels;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.runtime.lumi.LumiMask;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Z→μμ kernel, run by the executor, against a hand-written loop over the same columns
 * read directly with rootio: every cut-flow count, and every bin of the dimuon mass histogram with
 * all the weights (generator weight, lumi x cross-section, pile-up, muon ID and isolation scale
 * factors evaluated straight from the correction files). On the real {@code nano_dy.root} and on a
 * larger generated sample; and sequential and parallel runs agree bit for bit.
 */
class ZMuMuReferenceTest {
  private static final double LUMI_2018 = 59832.47534;
  private static final double XSEC = 6077.22;

  @TempDir Path tmp;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ZMuMuReferenceTest.class.getResource("/zmumu/corrections/" + name).toURI());
  }

  private static Params params() throws URISyntaxException {
    String overlay = "pileupJSONfiles:\n  '2018':\n    file: " + resource("toy_puWeights_2018.json")
        + "\n    name: Collisions18_UltraLegacy_goldenJSON\n"
        + "lepton_scale_factors:\n  muon_sf:\n    JSONfiles:\n      '2018':\n        file: " + resource("toy_muon_Z_2018.json") + "\n"
        + "default_jets_calibration:\n  factory_config_clib:\n    AK4PFchs:\n      '2018':\n        json_path: "
        + resource("toy_jet_jerc.json.gz") + "\n";
    return Kernels.paramsLoader(ZMuMuAnalysis_Kernel.class, new ZMuMuAnalysis_Kernel().paramFiles())
        .text("test-overlay.yaml", overlay).load();
  }

  private static RunResult run(Path file, ExecutionOptions options) throws URISyntaxException {
    Params params = params();
    Dataset dy = new Dataset("DYJetsToLL_M-50_2018", DatasetMetadata.mc("DYJetsToLL", "2018", XSEC), List.of(file));
    return new AnalysisRun(new ZMuMuAnalysis_Kernel(params), params, options, Progress.quiet()).run(List.of(dy));
  }

  @Test
  void realNanoAodMatchesTheHandWrittenLoop() throws Exception {
    compareWithReference(SharedData.root("nano_dy.root"));
  }

  @Test
  void generatedDrellYanMatchesTheHandWrittenLoop() throws Exception {
    Path file = NanoGenerator.generate(Sample.DY, 20_000, 3, WriteOptions.of(Compression.LZ4, 1).withBasketBytes(16 * 1024),
        tmp.resolve("dy.root"), n -> { }).file();
    compareWithReference(file);
  }

  /**
   * {@code run-example.sh}'s collision data: 200,000 events of seed 2. With {@code eeBadScFilter}
   * required on data, 83,015 pass the preselection, PocketCoffea 0.9's count on the same events
   * (83,204 passed when the data-only flag could not be expressed).
   */
  @Test
  void runExampleDataMatchTheHandWrittenLoopAndPocketCoffea() throws Exception {
    Path golden = tmp.resolve("golden.json");
    Path file = NanoGenerator.generate(Sample.DATA, 200_000, 2, WriteOptions.of(Compression.LZ4, 1),
        tmp.resolve("data.root"), n -> { }).file();
    NanoGenerator.writeGoldenJson(golden);
    Params params = Kernels.paramsLoader(ZMuMuAnalysis_Kernel.class, new ZMuMuAnalysis_Kernel().paramFiles())
        .text("golden.yaml", "lumi: {goldenJSON: {'2018': " + golden + "}}\n").load();
    Dataset data = new Dataset("DATA_SingleMuon_2018_EraA", DatasetMetadata.data("DATA_SingleMuon", "2018", "A"),
        List.of(file));
    KernelOutputs out = new AnalysisRun(new ZMuMuAnalysis_Kernel(params), params, ExecutionOptions.defaults(),
        Progress.quiet()).run(List.of(data)).datasets().get(0).outputs();
    assertArrayEquals(new Reference(file, LumiMask.load(golden)).cutflow, out.cutflowCounts());
    assertEquals(83_015, out.cutflow("dilepton"));
  }

  /** The run's parameters cannot change a branch the kernel was compiled to read. */
  @Test
  void anOverlayChoosingAnotherMuonIdFailsAtStart() throws Exception {
    Params overlay = Kernels.paramsLoader(ZMuMuAnalysis_Kernel.class, new ZMuMuAnalysis_Kernel().paramFiles())
        .text("run.yaml", "object_preselection: {Muon: {id: mediumId}}\n").load();
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ZMuMuAnalysis_Kernel(overlay));
    assertEquals("'Muon_${object_preselection.Muon.id}' names [Muon_mediumId] for 2018 with this run's parameters,"
        + " but the kernel was compiled to read [Muon_tightId]; a run cannot change which branches are read:"
        + " change the parameter in the analysis's own parameter files and recompile", e.getMessage());
  }

  /** Nor the shape variations the kernel fills. */
  @Test
  void anOverlayDroppingAShapeVariationFailsAtStart() throws Exception {
    Params overlay = Kernels.paramsLoader(ZMuMuAnalysis_Kernel.class, new ZMuMuAnalysis_Kernel().paramFiles())
        .text("run.yaml", "jets_calibration: {variations: {AK4PFchs: {'2018': [JES_Total]}}}\n").load();
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ZMuMuAnalysis_Kernel(overlay));
    assertEquals("jet_calibration offers [AK4PFchs_JES_TotalDown, AK4PFchs_JES_TotalUp] for 2018 with this run's"
        + " parameters, but the kernel was compiled to fill the shape variations [AK4PFchs_JERDown, AK4PFchs_JERUp]"
        + " too; a run cannot change the variations: change them in the analysis's own parameter files and"
        + " recompile", e.getMessage());
  }

  @Test
  void sequentialAndParallelRunsAgreeBitForBit() throws Exception {
    Path file = NanoGenerator.generate(Sample.DY, 30_000, 4, WriteOptions.of(Compression.ZSTD, 3).withBasketBytes(8 * 1024),
        tmp.resolve("dy.root"), n -> { }).file();
    ExecutionOptions base = ExecutionOptions.defaults().withPartitionEntries(7_000);
    KernelOutputs one = run(file, base.withThreads(1).withChunkSize(30_000)).datasets().get(0).outputs();
    for (int threads : new int[] {2, 4}) {
      for (long chunk : new long[] {997, 5_000}) {
        KernelOutputs other = run(file, base.withThreads(threads).withChunkSize(chunk)).datasets().get(0).outputs();
        assertArrayEquals(one.cutflowCounts(), other.cutflowCounts());
        for (String v : one.layout().variations()) {
          assertArrayEquals(one.hist1d("mll", "baseline", v).sumw(), other.hist1d("mll", "baseline", v).sumw(),
              threads + " threads, chunk " + chunk + ", " + v);
          assertArrayEquals(one.hist1d("mll", "baseline", v).sumw2(), other.hist1d("mll", "baseline", v).sumw2());
        }
      }
    }
  }

  /**
   * The same generated Drell-Yan events as a TTree and as an RNTuple ({@code zmumu/rntuple/}, converted
   * by ROOT 6.40's RNTupleImporter, see make_rntuple_input.py): every branch reads the same values from
   * both, and the run gives the same cut flow and, bin for bin, the same histograms (all 1D) in every
   * category and variation.
   */
  @Test
  void rntupleInputGivesTheSameCutflowAndHistogramsAsTheTree() throws Exception {
    Path tree = NanoGenerator.generate(Sample.DY, 1_000, 7, WriteOptions.of(Compression.ZSTD, 4),
        tmp.resolve("dy.root"), n -> { }).file();
    Path ntuple = Path.of(ZMuMuReferenceTest.class.getResource("/zmumu/rntuple/dy_1000_seed7_zstd.root").toURI());
    try (RootFile t = RootFile.open(tree); RootFile n = RootFile.open(ntuple)) {
      TTree events = t.tree("Events");
      org.cortado.rootio.RNTuple converted = n.rntuple("Events");
      assertEquals(events.entries(), converted.entries());
      for (org.cortado.rootio.Branch b : events.branches()) {
        assertArrayEquals(values(b), values(converted.field(b.name())), b.name()
            + " differs: the generator no longer writes the events the committed RNTuple was made from");
      }
    }
    KernelOutputs fromTree = run(tree, ExecutionOptions.defaults().withThreads(2).withChunkSize(300))
        .datasets().get(0).outputs();
    KernelOutputs fromNtuple = run(ntuple, ExecutionOptions.defaults().withThreads(2).withChunkSize(300))
        .datasets().get(0).outputs();
    assertTrue(fromTree.cutflow("dilepton") > 0, "no event passes the dilepton preselection");
    assertArrayEquals(fromTree.cutflowCounts(), fromNtuple.cutflowCounts());
    int compared = 0;
    for (int h = 0; h < fromTree.layout().histograms().size(); h++) {
      String name = fromTree.layout().histograms().get(h).name();
      Hist1D[] a = fromTree.hist1d(h);
      Hist1D[] b = fromNtuple.hist1d(h);
      for (int i = 0; a != null && i < a.length; i++) {
        if (a[i] != null) {
          assertArrayEquals(a[i].sumw(), b[i].sumw(), name + " [" + i + "]");
          assertArrayEquals(a[i].sumw2(), b[i].sumw2(), name + " [" + i + "]");
          compared++;
        }
      }
    }
    assertTrue(compared > 10, "only " + compared + " histograms compared");
  }

  /** Per-entry counts, then values as doubles (all the generator's integers fit exactly). */
  private static double[] values(org.cortado.rootio.EventColumn c) throws IOException {
    long n = c.entries();
    int[] offsets = new int[(int) n + 1];
    c.readOffsets(0, n, offsets);
    double[] v = new double[(int) c.countElements(0, n)];
    if (c.type() == org.cortado.rootio.LeafType.BOOL) {
      boolean[] b = new boolean[v.length];
      c.readBooleans(0, n, b);
      for (int i = 0; i < b.length; i++) {
        v[i] = b[i] ? 1 : 0;
      }
    } else {
      c.readDoubles(0, n, v);
    }
    double[] out = new double[offsets.length + v.length];
    for (int i = 0; i < offsets.length; i++) {
      out[i] = offsets[i];
    }
    System.arraycopy(v, 0, out, offsets.length, v.length);
    return out;
  }

  private static void compareWithReference(Path file) throws Exception {
    Reference ref = new Reference(file, null);
    RunResult result = run(file, ExecutionOptions.defaults().withThreads(1));
    KernelOutputs out = result.datasets().get(0).outputs();
    assertEquals(List.of("initial", "golden_json_lumi", "nPVgood_1", "event_flags", "nMuon_min1_pt18.0",
        "HLT_trigger_SingleMuon", "dilepton"), out.layout().cutflow());
    assertArrayEquals(ref.cutflow, out.cutflowCounts());
    assertTrue(ref.cutflow[6] > 0, "no event passes the dilepton preselection; the comparison would be empty");
    Hist1D mll = out.hist1d("mll", "baseline", "nominal");
    double[] sumw = mll.sumw();
    double[] sumw2 = mll.sumw2();
    assertEquals(ref.mll.length, sumw.length);
    for (int b = 0; b < sumw.length; b++) {
      assertEquals(ref.mll[b], sumw[b], 1e-9 * Math.abs(ref.mll[b]), "mll bin " + b);
      assertEquals(ref.mll2[b], sumw2[b], 1e-9 * Math.abs(ref.mll2[b]), "mll sumw2 bin " + b);
    }
  }

  /**
   * The analysis written out by hand, event by event: for simulation ({@code golden} null) with
   * its weights evaluated directly, for data with the golden-JSON mask and the data-only flag.
   */
  static final class Reference {
    final long[] cutflow = new long[7];
    /** The entries that pass the skim, in order. */
    final List<Integer> skimmed = new ArrayList<>();
    final double[] mll = new double[102];
    final double[] mll2 = new double[102];

    Reference(Path file, LumiMask golden) throws IOException, URISyntaxException {
      Correction pileup = CorrectionSet.load(resource("toy_puWeights_2018.json")).correction("Collisions18_UltraLegacy_goldenJSON");
      CorrectionSet muonSf = CorrectionSet.load(resource("toy_muon_Z_2018.json"));
      Correction id = muonSf.correction("NUM_TightID_DEN_TrackerMuons");
      Correction iso = muonSf.correction("NUM_LooseRelIso_DEN_TightIDandIPCut");
      try (RootFile f = RootFile.open(file)) {
        TTree t = f.tree("Events");
        int n = (int) t.entries();
        int[] npv = ints(t, "PV_npvsGood", n);
        boolean data = golden != null;
        String[] flagNames = {"Flag_goodVertices", "Flag_globalSuperTightHalo2016Filter", "Flag_HBHENoiseFilter",
            "Flag_HBHENoiseIsoFilter", "Flag_EcalDeadCellTriggerPrimitiveFilter", "Flag_BadPFMuonFilter",
            "Flag_eeBadScFilter"};
        boolean[][] flags = new boolean[data ? 7 : 6][];
        for (int i = 0; i < flags.length; i++) {
          flags[i] = new boolean[n];
          t.branch(flagNames[i]).readBooleans(0, n, flags[i]);
        }
        boolean[] hlt = new boolean[n];
        t.branch("HLT_IsoMu24").readBooleans(0, n, hlt);
        float[] genWeight = data ? null : floats(t, "genWeight", n, n);
        float[] nTrueInt = data ? null : floats(t, "Pileup_nTrueInt", n, n);
        int[] run = data ? ints(t, "run", n) : null;
        int[] lumi = data ? ints(t, "luminosityBlock", n) : null;
        int[] mo = new int[n + 1];
        t.branch("Muon_pt").readOffsets(0, n, mo);
        float[] pt = floats(t, "Muon_pt", n, mo[n]);
        float[] eta = floats(t, "Muon_eta", n, mo[n]);
        float[] phi = floats(t, "Muon_phi", n, mo[n]);
        float[] mass = floats(t, "Muon_mass", n, mo[n]);
        float[] muIso = floats(t, "Muon_pfRelIso04_all", n, mo[n]);
        int[] charge = new int[mo[n]];
        t.branch("Muon_charge").readInts(0, n, charge);
        boolean[] tight = new boolean[mo[n]];
        t.branch("Muon_tightId").readBooleans(0, n, tight);
        int[] eo = new int[n + 1];
        t.branch("Electron_pt").readOffsets(0, n, eo);
        float[] ePt = floats(t, "Electron_pt", n, eo[n]);
        float[] eEta = floats(t, "Electron_eta", n, eo[n]);
        float[] eDeta = floats(t, "Electron_deltaEtaSC", n, eo[n]);
        float[] eIso = floats(t, "Electron_pfRelIso03_all", n, eo[n]);
        boolean[] eWp80 = new boolean[eo[n]];
        t.branch("Electron_mvaFall17V2Iso_WP80").readBooleans(0, n, eWp80);

        for (int e = 0; e < n; e++) {
          cutflow[0]++;
          if (data && !golden.accepts(run[e], lumi[e])) {
            continue;
          }
          cutflow[1]++; // the golden JSON applies to data only
          if (npv[e] < 1) {
            continue;
          }
          cutflow[2]++;
          boolean flagsOk = true;
          for (boolean[] flag : flags) {
            flagsOk &= flag[e];
          }
          if (!flagsOk) {
            continue;
          }
          cutflow[3]++;
          if (mo[e + 1] == mo[e] || pt[mo[e]] < 18f) {
            continue;
          }
          cutflow[4]++;
          if (!hlt[e]) {
            continue;
          }
          cutflow[5]++;
          skimmed.add(e);
          int[] good = new int[mo[e + 1] - mo[e]];
          int ngood = 0;
          for (int k = mo[e]; k < mo[e + 1]; k++) {
            if (pt[k] > 15f && Math.abs(eta[k]) < 2.4f && muIso[k] < 0.25f && tight[k]) {
              good[ngood++] = k;
            }
          }
          int nele = 0;
          for (int k = eo[e]; k < eo[e + 1]; k++) {
            float sc = Math.abs(eEta[k] + eDeta[k]);
            boolean gap = sc >= 1.4442f && sc <= 1.5660f;
            if (ePt[k] > 15f && Math.abs(eEta[k]) < 2.4f && !gap && eIso[k] < 0.06f && eWp80[k]) {
              nele++;
            }
          }
          if (ngood != 2 || nele != 0) {
            continue;
          }
          int a = good[0];
          int b = good[1];
          double m = mass(pt[a], eta[a], phi[a], mass[a], pt[b], eta[b], phi[b], mass[b]);
          if (!(pt[a] > 25f && charge[a] + charge[b] == 0 && m > 25 && m < 2000)) {
            continue;
          }
          cutflow[6]++;
          if (data) {
            continue;
          }
          double w = genWeight[e] * LUMI_2018 * XSEC * pileup.evaluate((double) nTrueInt[e], "nominal");
          for (int k : new int[] {a, b}) {
            w *= id.evaluate("2018_UL", (double) Math.abs(eta[k]), (double) pt[k], "sf")
                * iso.evaluate("2018_UL", (double) Math.abs(eta[k]), (double) pt[k], "sf");
          }
          int bin = m < 0 ? 0 : m >= 200 ? 101 : 1 + (int) (m / 2.0);
          mll[bin] += w;
          mll2[bin] += w * w;
        }
      }
    }

    /** Invariant mass from the sum of the two four-vectors, written without the analysis's helper. */
    private static double mass(double pt1, double eta1, double phi1, double m1, double pt2, double eta2, double phi2,
        double m2) {
      double[] p = new double[4];
      for (double[] v : new double[][] {{pt1, eta1, phi1, m1}, {pt2, eta2, phi2, m2}}) {
        double px = v[0] * Math.cos(v[2]);
        double py = v[0] * Math.sin(v[2]);
        double pz = v[0] * Math.sinh(v[1]);
        p[0] += px;
        p[1] += py;
        p[2] += pz;
        p[3] += Math.sqrt(px * px + py * py + pz * pz + v[3] * v[3]);
      }
      return Math.sqrt(Math.max(0, p[3] * p[3] - p[0] * p[0] - p[1] * p[1] - p[2] * p[2]));
    }

    private static int[] ints(TTree t, String name, int n) throws IOException {
      int[] v = new int[n];
      t.branch(name).readInts(0, n, v);
      return v;
    }

    private static float[] floats(TTree t, String name, int n, int size) throws IOException {
      float[] v = new float[size];
      t.branch(name).readFloats(0, n, v);
      return v;
    }
  }
}
