package org.cortado.runtime.exec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;

/**
 * The {@code DiMuon} fixture analysis written out by hand over columns read directly with rootio:
 * the obviously correct loop the generated kernel, chunk reader and executor must agree with, bin
 * by bin. Arithmetic repeats the analysis's own types (float products, double weights), so
 * agreement is exact, not approximate.
 */
final class ReferenceLoop {
  static final String[] CATEGORIES = {"baseline", "os", "triggered"};
  /** Variation order of the layout: nominal, then the weight variations sorted. */
  static final String[] VARIATIONS = {"nominal", "sf_toyDown", "sf_toyUp"};

  final long[] cutflow = new long[3];
  final double[] cutflowSumw = new double[3];
  final long[] counts = new long[3];
  final double[][] sumw = new double[3][3];
  final double[][] sumw2 = new double[3][3];
  final double[][][] nGood = new double[3][3][8];
  final double[][][] pt = new double[3][3][22];
  final double[][] etaPhi = new double[3][8 * 6];
  final double[][][] mll = new double[3][3][42];
  final List<List<Double>> colPt = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
  final List<List<Double>> colN = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

  ReferenceLoop(Path file, boolean mc) throws IOException {
    try (RootFile root = RootFile.open(file)) {
      TTree t = root.tree("Events");
      int n = (int) t.entries();
      int[] off = new int[n + 1];
      t.branch("Muon_pt").readOffsets(0, n, off);
      float[] mPt = new float[off[n]];
      float[] mEta = new float[off[n]];
      float[] mPhi = new float[off[n]];
      int[] mCharge = new int[off[n]];
      boolean[] mLoose = new boolean[off[n]];
      t.branch("Muon_pt").readFloats(0, n, mPt);
      t.branch("Muon_eta").readFloats(0, n, mEta);
      t.branch("Muon_phi").readFloats(0, n, mPhi);
      t.branch("Muon_charge").readInts(0, n, mCharge);
      t.branch("Muon_looseId").readBooleans(0, n, mLoose);
      int[] npv = new int[n];
      t.branch("PV_npvsGood").readInts(0, n, npv);
      boolean[] hlt = new boolean[n];
      t.branch("HLT_IsoMu24").readBooleans(0, n, hlt);
      float[] genWeight = new float[n];
      if (mc) {
        t.branch("genWeight").readFloats(0, n, genWeight);
      }
      for (int e = 0; e < n; e++) {
        double gw = mc ? genWeight[e] : 1.0;
        cutflow[0]++;
        cutflowSumw[0] += gw;
        if (npv[e] < 1) {
          continue;
        }
        cutflow[1]++;
        cutflowSumw[1] += gw;
        List<Integer> good = new ArrayList<>();
        for (int i = off[e]; i < off[e + 1]; i++) {
          if (mPt[i] > 5 && Math.abs(mEta[i]) < 2.4f && mLoose[i]) {
            good.add(i);
          }
        }
        if (good.size() < 2) {
          continue;
        }
        cutflow[2]++;
        cutflowSumw[2] += gw;
        int a = good.get(0);
        int b = good.get(1);
        boolean os = mCharge[a] + mCharge[b] == 0;
        boolean[] in = {true, os, os && hlt[e]};
        float pt1 = mPt[a];
        double sf = pt1 > 30 ? 0.97 : 1.02;
        double[] catWeights = {sf, sf * 0.95, sf * 1.05};
        float p1 = mPt[a];
        float p2 = mPt[b];
        double mass = Math.sqrt(2 * p1 * p2 * (Math.cosh(mEta[a] - mEta[b]) - Math.cos(mPhi[a] - mPhi[b])));
        for (int c = 0; c < 3; c++) {
          if (!in[c]) {
            continue;
          }
          counts[c]++;
          for (int v = 0; v < (mc ? 3 : 1); v++) {
            double w = !mc ? 1.0 : c == 0 ? gw : gw * catWeights[v];
            sumw[c][v] += w;
            sumw2[c][v] += w * w;
            nGood[c][v][integerBin(good.size(), 0, 6)] += w;
            for (int i : good) {
              pt[c][v][regularBin(mPt[i], 0, 100, 20)] += w;
              if (c == 0) {
                etaPhi[v][regularBin(mEta[i], -2.4, 2.4, 6) * 6 + regularBin(mPhi[i], -3.2, 3.2, 4)] += w;
              }
            }
            mll[c][v][regularBin(mass, 0, 200, 40)] += w;
          }
          for (int i : good) {
            colPt.get(c).add((double) mPt[i]);
          }
          colN.get(c).add((double) good.size());
        }
      }
    }
  }

  /** Storage index, with underflow 0 and overflow n + 1, of equal bins on [lo, hi). */
  static int regularBin(double x, double lo, double hi, int n) {
    if (x < lo) {
      return 0;
    }
    if (x >= hi) {
      return n + 1;
    }
    return 1 + (int) ((x - lo) / (hi - lo) * n);
  }

  static int integerBin(int x, int lo, int hi) {
    return x < lo ? 0 : x >= hi ? hi - lo + 1 : x - lo + 1;
  }
}
