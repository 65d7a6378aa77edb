package org.cortado.runtime.corrections;

/**
 * The C/C++ math the reference evaluator relies on and {@link Math} lacks or defines differently:
 * {@code erf}, {@code acosh}, {@code asinh}, {@code atanh} (ported from FreeBSD msun / fdlibm,
 * as glibc's are accurate to about one ulp, results may differ from it in the last bit),
 * {@code log10} built like glibc's,
 * {@code std::max}/{@code std::min} with their NaN asymmetry, and {@code std::round}.
 */
final class CMath {
  private static final double LN2 = 6.93147180559945286227e-01;
  private static final double ERX = 8.45062911510467529297e-01;
  private static final double EFX = 1.28379167095512586316e-01;
  private static final double EFX8 = 1.02703333676410069053e+00;
  private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
      -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
  private static final double[] QQ = {1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
      5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
  private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
      -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
      3.54783043256182359371e-02, -2.16637559486879084300e-03};
  private static final double[] QA = {1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
      7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
      1.19844998467991074170e-02};
  private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
      -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
      -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
  private static final double[] SA = {1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
      4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
      1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
  private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
      -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
      -1.02509513161107724954e+03, -4.83519191608651397019e+02};
  private static final double[] SB = {1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
      1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
      4.74528541206955367215e+02, -2.24409524465858183362e+01};

  private CMath() {}

  /** {@code std::max}: {@code a < b ? b : a}, so a NaN in {@code a} wins and one in {@code b} loses. */
  static double max(double a, double b) {
    return a < b ? b : a;
  }

  /** {@code std::min}: {@code b < a ? b : a}. */
  static double min(double a, double b) {
    return b < a ? b : a;
  }

  /**
   * {@code (int64_t) std::round(v)} as the reference evaluator runs it on x86-64: halves round
   * away from zero (unlike {@link Math#round}), and the conversion ({@code cvttsd2si}) gives the
   * "integer indefinite" value {@code INT64_MIN} for NaN, the infinities and every rounded value
   * outside the int64 range, where a Java cast would give 0 or saturate.
   */
  static long roundToInt64(double v) {
    double a = Math.abs(v);
    double t = Math.floor(a);
    if (a - t >= 0.5) {
      t += 1.0;
    }
    double r = Math.copySign(t, v);
    return r >= -0x1p63 && r < 0x1p63 ? (long) r : Long.MIN_VALUE;
  }

  /** Horner evaluation of {@code c[0] + z*c[1] + z^2*c[2] + ...}. */
  private static double poly(double[] c, double z) {
    double r = c[c.length - 1];
    for (int i = c.length - 2; i >= 0; i--) {
      r = c[i] + z * r;
    }
    return r;
  }

  static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (Double.isInfinite(x)) {
      return Math.copySign(1.0, x);
    }
    double a = Math.abs(x);
    double r;
    if (a < 0.84375) {
      if (a < 0x1p-28) {
        r = a < 2.848094538889218e-306 ? 0.125 * (8.0 * a + EFX8 * a) : a + EFX * a;
      } else {
        double z = a * a;
        r = a + a * (poly(PP, z) / poly(QQ, z));
      }
    } else if (a < 1.25) {
      double s = a - 1;
      r = ERX + poly(PA, s) / poly(QA, s);
    } else if (a >= 6) {
      r = 1.0;
    } else {
      double s = 1 / (a * a);
      double rr;
      double ss;
      if (a < 1 / 0.35) {
        rr = poly(RA, s);
        ss = poly(SA, s);
      } else {
        rr = poly(RB, s);
        ss = poly(SB, s);
      }
      double z = Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0xffffffff00000000L);
      double e = Math.exp(-z * z - 0.5625) * Math.exp((z - a) * (z + a) + rr / ss);
      r = 1 - e / a;
    }
    return Math.copySign(r, x);
  }

  static double asinh(double x) {
    double a = Math.abs(x);
    if (Double.isNaN(x) || Double.isInfinite(x) || a < 0x1p-28) {
      return x;
    }
    double w;
    if (a > 0x1p28) {
      w = Math.log(a) + LN2;
    } else if (a > 2.0) {
      w = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
    } else {
      double t = x * x;
      w = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
    }
    return Math.copySign(w, x);
  }

  static double acosh(double x) {
    if (x < 1.0 || Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x >= 0x1p28) {
      return Double.isInfinite(x) ? x : Math.log(x) + LN2;
    }
    if (x == 1.0) {
      return 0.0;
    }
    if (x > 2.0) {
      return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
    }
    double t = x - 1.0;
    return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
  }

  static double atanh(double x) {
    double a = Math.abs(x);
    if (a > 1.0 || Double.isNaN(x)) {
      return Double.NaN;
    }
    if (a == 1.0) {
      return x / 0.0;
    }
    if (a < 0x1p-28) {
      return x;
    }
    double t;
    if (a < 0.5) {
      t = a + a;
      t = 0.5 * Math.log1p(t + t * a / (1.0 - a));
    } else {
      t = 0.5 * Math.log1p((a + a) / (1.0 - a));
    }
    return Math.copySign(t, x);
  }

  private static final double IVLN10 = 0x1.bcb7b1526e50ep-2;
  private static final double LOG10_2HI = 0x1.34413509f6000p-2;
  private static final double LOG10_2LO = 0x1.9fef311f12b36p-42;

  /**
   * {@code log10} the way glibc computes it: the fdlibm reduction {@code x = 2^k * m} and
   * {@code k*log10(2) + log(m)/ln(10)} in two parts, around glibc's own {@code log}, for which
   * {@link Math#log} stands in (the two differ in well under one case in ten thousand).
   * {@link Math#log10} and {@link StrictMath#log10} each disagree with glibc in the last bit for
   * about one argument in thirty (one in 170), which shows in JEC factors: L2Relative takes
   * {@code log10} of the jet pt three times.
   */
  static double log10(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int hx = (int) (bits >>> 32);
    int lx = (int) bits;
    int k = 0;
    if (hx < 0x00100000) {
      if (((hx & 0x7fffffff) | lx) == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      if (hx < 0) {
        return Double.NaN;
      }
      k -= 54;
      x *= 0x1p54;
      bits = Double.doubleToRawLongBits(x);
      hx = (int) (bits >>> 32);
      lx = (int) bits;
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    k += (hx >> 20) - 1023;
    int i = k >>> 31;
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    double y = k + i;
    double m = Double.longBitsToDouble(((long) hx << 32) | (lx & 0xffffffffL));
    double z = y * LOG10_2LO + IVLN10 * Math.log(m);
    return z + y * LOG10_2HI;
  }
}
