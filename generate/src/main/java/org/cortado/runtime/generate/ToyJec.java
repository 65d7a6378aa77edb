package org.cortado.runtime.generate;

/**
 * The jet energy correction generated jets carry: {@code Jet_pt} is the raw pT times this factor,
 * so a calibrator that takes the raw pT back out with {@code Jet_rawFactor} and corrects it again
 * lands on {@code Jet_pt}. The formulas and parameters are the ones the example's toy JME file
 * holds ({@code example-zmumu/tools/make_toy_corrections.py} writes them into
 * {@code toy_jet_jerc.json.gz} as the {@code Summer19UL18_V5_MC_L1L2L3Res_AK4PFchs} chain, and with
 * the data residual as the {@code Summer19UL18_Run[ABCD]_V5_DATA} chains); they are duplicated
 * here because the generator must not depend on the example, and {@code ToyJetCorrectionsTest}
 * fails when the two drift apart.
 *
 * <p>Each level is evaluated exactly as correctionlib evaluates the compound correction: L1FastJet
 * on the raw pT, L2Relative on the pT after L1, the residual (data only; L3Absolute is 1) on the pT
 * after both, and the factors multiplied.
 */
final class ToyJec {
  /** The file's JetEta bins; each maps to a detector region with its own parameters. */
  private static final double[] ETA_EDGES = {-5.191, -3.0, -2.5, -1.3, 0.0, 1.3, 2.5, 3.0, 5.191};
  /** Per eta bin: barrel 0, endcap 1, endcap beyond the tracker 2, forward calorimeter 3. */
  private static final int[] REGION = {3, 2, 1, 0, 0, 1, 2, 3};
  /** Pile-up pT per unit of jet area and of rho above {@link #RHO_ZERO}; small, as CHS removes charged pile-up. */
  private static final double[] L1_OFFSET = {0.15, 0.17, 0.22, 0.25};
  private static final double RHO_ZERO = 1.2;
  private static final double L1_LOG_SLOPE = 0.1;
  private static final double[] L2_CONSTANT = {1.00, 1.01, 1.03, 1.00};
  /** The response deficit that grows towards low pT, which is why Jet_rawFactor is larger there. */
  private static final double[] L2_LOW_PT = {0.80, 0.95, 1.20, 1.10};
  private static final double L2_DENOMINATOR = 1.0;
  /** Data over simulation, the same for every 2018 era, so one run mixing eras still closes. */
  private static final double[] RESIDUAL = {0.99, 1.00, 1.02, 1.03};
  private static final double RESIDUAL_LOG_SLOPE = 0.008;

  private final boolean data;

  /** The simulation's correction, or for {@code data} the one with the L2L3 residual. */
  ToyJec(boolean data) {
    this.data = data;
  }

  /** The L1FastJet factor alone, which type-1 MET subtracts from the full correction. */
  static double l1(double area, double eta, double rawPt, double rho) {
    int region = region(eta);
    return region < 0 ? 1 : l1(region, area, rawPt, rho);
  }

  /** The full correction for a jet of raw transverse momentum {@code rawPt}. */
  double factor(double area, double eta, double rawPt, double rho) {
    int region = region(eta);
    return region < 0 ? 1 : factor(region, area, rawPt, rho);
  }

  /**
   * The raw pT whose corrected pT is {@code pt}: the root of {@code raw * factor(raw) - pt}, which
   * rises with the raw pT. The correction varies slowly, so one fixed-point step from a typical
   * factor lands within about 1%, and one or two secant steps then reach 1e-6: a thousand times
   * finer than the six mantissa bits NanoAOD keeps of the raw factor.
   */
  double rawPt(double area, double eta, double pt, double rho) {
    int region = region(eta);
    if (region < 0) {
      return pt;
    }
    double r0 = pt / 1.2;
    double f0 = r0 * factor(region, area, r0, rho) - pt;
    double r1 = pt * r0 / (f0 + pt);
    for (int step = 0; step < 20; step++) {
      double f1 = r1 * factor(region, area, r1, rho) - pt;
      if (f1 == f0) {
        break;
      }
      double r2 = r1 - f1 * (r1 - r0) / (f1 - f0);
      r0 = r1;
      f0 = f1;
      r1 = r2 > 0 ? r2 : 0.5 * r1;
      if (Math.abs(r1 - r0) < 1e-6 * r1) {
        break;
      }
    }
    return r1;
  }

  private static double l1(int region, double area, double rawPt, double rho) {
    double a = clamp(area, 0, 10);
    double pt = clamp(rawPt, 1, 6500);
    double offset = L1_OFFSET[region] * (clamp(rho, 0, 70) - RHO_ZERO) * (1 + L1_LOG_SLOPE * Math.log(pt / 15));
    return Math.max(0.0001, 1 - a / pt * offset);
  }

  private double factor(int region, double area, double rawPt, double rho) {
    double l1 = l1(region, area, rawPt, rho);
    double lg = Math.log10(clamp(rawPt * l1, 4, 6500));
    double l2 = Math.max(0.0001, L2_CONSTANT[region] + L2_LOW_PT[region] / (lg * lg + L2_DENOMINATOR));
    double residual = data
        ? RESIDUAL[region] * (1 + RESIDUAL_LOG_SLOPE * Math.log10(clamp(rawPt * l1 * l2, 10, 6500) / 100))
        : 1;
    return l1 * l2 * residual;
  }

  /** The region of the JetEta bin holding {@code eta}, or -1 outside the bins (where each level is 1). */
  private static int region(double eta) {
    if (!(eta >= ETA_EDGES[0] && eta < ETA_EDGES[ETA_EDGES.length - 1])) {
      return -1;
    }
    int bin = 0;
    while (eta >= ETA_EDGES[bin + 1]) {
      bin++;
    }
    return REGION[bin];
  }

  private static double clamp(double x, double low, double high) {
    return Math.max(Math.min(x, high), low);
  }
}
