package org.cortado.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.histograms.Hist2D;
import org.cortado.runtime.kernel.fixture.ZMuMu_Kernel;
import org.junit.jupiter.api.Test;

/**
 * Runs the kernel generated for the fixture analysis {@code ZMuMu} on a hand-built chunk and compares every cut-flow
 * count, yield and histogram bin with an obviously correct reference loop written by hand.
 */
class KernelFunctionalTest {
  private static final int N = 2000;
  private static final List<String> VARIATIONS = List.of("nominal", "sf_mu_idDown", "sf_mu_idUp");

  /** Deterministic pseudo-events with 0-4 muons each. */
  static final class Events {
    final int[] nMuon = new int[N];
    final int[] npv = new int[N];
    final boolean[] hlt = new boolean[N];
    final float[] genWeight = new float[N];
    final float[] pt;
    final float[] eta;
    final float[] phi;
    final int[] charge;
    final boolean[] tight;

    Events(long seed) {
      Random r = new Random(seed);
      int total = 0;
      for (int e = 0; e < N; e++) {
        nMuon[e] = r.nextInt(5);
        total += nMuon[e];
        npv[e] = r.nextInt(4);
        hlt[e] = r.nextInt(10) < 8;
        genWeight[e] = r.nextBoolean() ? 1.5f : -0.75f;
      }
      pt = new float[total];
      eta = new float[total];
      phi = new float[total];
      charge = new int[total];
      tight = new boolean[total];
      for (int i = 0; i < total; i++) {
        pt[i] = 5 + 120 * r.nextFloat();
        eta[i] = -3 + 6 * r.nextFloat();
        phi[i] = (float) (-Math.PI + 2 * Math.PI * r.nextFloat());
        charge[i] = r.nextBoolean() ? 1 : -1;
        tight[i] = r.nextInt(10) < 9;
      }
    }

    ColumnChunk chunk(boolean mc) {
      ColumnChunk.Builder b = ColumnChunk.builder(N).mc(mc).sample(mc ? "DYJetsToLL" : "DATA")
          .counts("nMuon", nMuon).ints("PV_npvsGood", npv).booleans("HLT_IsoMu24", hlt)
          .floats("Muon_pt", pt).floats("Muon_eta", eta).floats("Muon_phi", phi)
          .ints("Muon_charge", charge).booleans("Muon_tightId", tight);
      if (mc) {
        b.floats("genWeight", genWeight);
      }
      return b.build();
    }
  }

  /** What the reference loop fills. */
  static final class Reference {
    final long[] cutflow = new long[4];
    final double[] cutflowSumw = new double[4];
    final long[] counts = new long[2];
    final double[][] sumw = new double[2][3];
    final double[][] sumw2 = new double[2][3];
    final double[][][] nGood = new double[2][3][5];
    final double[][][] pt1 = new double[2][3][52];
    final double[][][] etaAll = new double[2][3][6];
    final double[][] ptEta = new double[3][12 * 6];
    final double[][][] mll = new double[2][3][102];
    final double[][] colPt = new double[2][];
    final double[][] colN = new double[2][];
    /** The weight columns: per category and variation, the weight of each event in order. */
    final double[][][] colWeight = new double[2][3][];

    Reference(Events ev, boolean mc) {
      List<double[]> ptCol = List.of(new double[0]);
      double[][] pts = new double[2][N * 4];
      double[][] ns = new double[2][N];
      double[][][] ws = new double[2][3][N];
      int[] np = new int[2];
      int[] nn = new int[2];
      int first = 0;
      for (int e = 0; e < N; e++) {
        int start = first;
        first += ev.nMuon[e];
        double gw = mc ? ev.genWeight[e] : 1.0;
        cutflow[0]++;
        cutflowSumw[0] += gw;
        if (ev.npv[e] < 1) {
          continue;
        }
        cutflow[1]++;
        cutflowSumw[1] += gw;
        if (!ev.hlt[e]) {
          continue;
        }
        cutflow[2]++;
        cutflowSumw[2] += gw;
        int[] good = new int[ev.nMuon[e]];
        int ng = 0;
        for (int i = start; i < first; i++) {
          if (ev.pt[i] > 15 && Math.abs(ev.eta[i]) < 2.4f && ev.tight[i]) {
            good[ng++] = i;
          }
        }
        if (!(ng == 2 && ev.pt[good[0]] > 25 && ev.charge[good[0]] + ev.charge[good[1]] == 0)) {
          continue;
        }
        cutflow[3]++;
        cutflowSumw[3] += gw;
        boolean highPt = ev.pt[good[0]] > 50;
        double w0 = mc ? ev.genWeight[e] : 1.0;
        double sf = 1.0;
        double sfUp = 1.0;
        double sfDown = 1.0;
        if (mc) {
          float eta0 = ev.eta[good[0]];
          sf = Math.abs(eta0) < 1.2f ? 0.98 : 0.95;
          sfUp = sf + 0.01;
          sfDown = sf - 0.01;
        }
        double mass = Math.sqrt(2 * ev.pt[good[0]] * ev.pt[good[1]]
            * (Math.cosh(ev.eta[good[0]] - ev.eta[good[1]])
            - Math.cos(ev.phi[good[0]] - ev.phi[good[1]])));
        for (int c = 0; c < 2; c++) {
          if (c == 1 && !highPt) {
            continue;
          }
          double[] w = c == 0 ? new double[] {w0, w0, w0}
              : new double[] {w0 * sf, w0 * sfDown, w0 * sfUp};
          counts[c]++;
          for (int v = 0; v < (mc ? 3 : 1); v++) {
            sumw[c][v] += w[v];
            sumw2[c][v] += w[v] * w[v];
            nGood[c][v][bin(ng, 0, 3, 3) ] += w[v];
            pt1[c][v][bin(ev.pt[good[0]], 0, 150, 50)] += w[v];
            for (int k = 0; k < ng; k++) {
              etaAll[c][v][variableBin(ev.eta[good[k]])] += w[v];
              if (c == 0) {
                ptEta[v][bin(ev.pt[good[k]], 0, 100, 10) * 6 + bin(ev.eta[good[k]], -2.4, 2.4, 4)]
                    += w[v];
              }
            }
            mll[c][v][bin(mass, 0, 200, 100)] += w[v];
          }
          for (int k = 0; k < ng; k++) {
            pts[c][np[c]++] = ev.pt[good[k]];
          }
          for (int v = 0; v < 3; v++) {
            ws[c][v][nn[c]] = w[v];
          }
          ns[c][nn[c]++] = ng;
        }
      }
      for (int c = 0; c < 2; c++) {
        colPt[c] = Arrays.copyOf(pts[c], np[c]);
        colN[c] = Arrays.copyOf(ns[c], nn[c]);
        for (int v = 0; v < 3; v++) {
          colWeight[c][v] = Arrays.copyOf(ws[c][v], nn[c]);
        }
      }
      assertEquals(1, ptCol.size());
    }

    /** Storage index with flow bins for equal bins on [lo, hi). */
    static int bin(double x, double lo, double hi, int n) {
      if (x < lo) {
        return 0;
      }
      if (x >= hi) {
        return n + 1;
      }
      return 1 + (int) ((x - lo) / (hi - lo) * n);
    }

    static int variableBin(double x) {
      double[] edges = {-2.4, -1.2, 0, 1.2, 2.4};
      if (x < edges[0]) {
        return 0;
      }
      for (int b = 1; b < edges.length; b++) {
        if (x < edges[b]) {
          return b;
        }
      }
      return edges.length;
    }
  }

  private static KernelOutputs run(ColumnChunk chunk) {
    ZMuMu_Kernel kernel = new ZMuMu_Kernel();
    KernelOutputs out = KernelOutputs.create(kernel.layout(), chunk.isMC());
    kernel.process(chunk, out);
    return out;
  }

  private static void compare(Reference ref, KernelOutputs out, boolean mc) {
    assertArrayEquals(ref.cutflow, out.cutflowCounts(), "cutflow");
    assertArrayEquals(ref.cutflowSumw, out.cutflowSumw(), "cutflow sumw");
    assertArrayEquals(ref.counts, out.categoryCounts(), "category counts");
    List<String> cats = List.of("baseline", "highPt");
    for (int c = 0; c < 2; c++) {
      for (int v = 0; v < (mc ? 3 : 1); v++) {
        String cat = cats.get(c);
        String var = VARIATIONS.get(v);
        String where = cat + "/" + var;
        assertEquals(ref.sumw[c][v], out.sumw(cat, var), "sumw " + where);
        assertEquals(ref.sumw2[c][v], out.sumw2()[c * out.variationCount() + v], "sumw2 " + where);
        assertArrayEquals(ref.nGood[c][v], out.hist1d("nMuonGood", cat, var).sumw(), where);
        assertArrayEquals(ref.pt1[c][v], out.hist1d("MuonGood_pt_1", cat, var).sumw(), where);
        assertArrayEquals(ref.etaAll[c][v], out.hist1d("MuonGood_eta", cat, var).sumw(), where);
        assertArrayEquals(ref.mll[c][v], out.hist1d("mll", cat, var).sumw(), where);
        if (c == 0) {
          Hist2D h = out.hist2d("MuonGood_pt_eta", cat, var);
          for (int ix = 0; ix < 12; ix++) {
            for (int iy = 0; iy < 6; iy++) {
              assertEquals(ref.ptEta[v][ix * 6 + iy], h.sumw(ix, iy), where + " 2D " + ix + "," + iy);
            }
          }
        }
      }
      assertArrayEquals(ref.colPt[c], out.column("MuonGood_pt", cats.get(c)).toArray());
      assertArrayEquals(ref.colN[c], out.column("MuonGood_N", cats.get(c)).toArray());
      assertArrayEquals(ref.colWeight[c][0], out.column("weight", cats.get(c)).toArray());
      // A simulation-only column: in the baseline the weight is the generator weight alone.
      ColumnBuffer genWeight = out.column("genWeight", cats.get(c));
      if (mc) {
        assertArrayEquals(ref.colWeight[0][0], out.column("genWeight", "baseline").toArray());
      } else {
        assertNull(genWeight, "data events get no simulation-only column");
      }
      for (int v = 1; v < 3; v++) {
        ColumnBuffer varied = out.column("weight_variation_" + VARIATIONS.get(v), cats.get(c));
        if (mc) {
          assertArrayEquals(ref.colWeight[c][v], varied.toArray(), VARIATIONS.get(v));
        } else {
          assertNull(varied, "data events have no weight variations");
        }
      }
    }
  }

  @Test
  void simulationMatchesReferenceLoop() {
    Events ev = new Events(42);
    KernelOutputs out = run(ev.chunk(true));
    Reference ref = new Reference(ev, true);
    compare(ref, out, true);
    // the sample is not trivial: every cut removes something and both categories are populated
    assertEquals(N, out.cutflow("initial"));
    org.junit.jupiter.api.Assertions.assertTrue(out.cutflow("dilepton") > 20);
    org.junit.jupiter.api.Assertions.assertTrue(out.categoryCounts()[1] > 5);
    Hist1D mll = out.hist1d("mll", "baseline", "nominal");
    assertEquals(out.sumw("baseline", "nominal"), Arrays.stream(mll.sumw()).sum(), 1e-9);
  }

  @Test
  void dataHasOnlyNominalAndNeedsNoWeightBranches() {
    Events ev = new Events(7);
    ZMuMu_Kernel kernel = new ZMuMu_Kernel();
    org.junit.jupiter.api.Assertions.assertFalse(
        Arrays.asList(kernel.branches(false, "")).contains("genWeight"));
    KernelOutputs out = run(ev.chunk(false));
    assertEquals(1, out.variationCount());
    compare(new Reference(ev, false), out, false);
  }

  @Test
  void mergingPartitionsAddsCounts() {
    Events ev = new Events(3);
    KernelOutputs whole = run(ev.chunk(true));
    KernelOutputs merged = whole.merge(KernelOutputs.create(whole.layout(), true));
    assertArrayEquals(whole.cutflowCounts(), merged.cutflowCounts());
    assertArrayEquals(whole.hist1d("mll", "highPt", "sf_mu_idUp").sumw(),
        merged.hist1d("mll", "highPt", "sf_mu_idUp").sumw());
    KernelOutputs twice = whole.merge(whole);
    assertEquals(2 * whole.cutflow("dilepton"), twice.cutflow("dilepton"));
  }

  @Test
  void kernelListsWhatItReads() {
    ZMuMu_Kernel kernel = new ZMuMu_Kernel();
    assertEquals("zmumu", kernel.name());
    assertArrayEquals(new String[] {"nMuon"}, kernel.counters(true, ""));
    assertEquals(List.of("initial", "nPVgood_1", "HLT_trigger_SingleMuon", "dilepton"),
        kernel.layout().cutflow());
    assertEquals(VARIATIONS, kernel.layout().variations());
  }
}
