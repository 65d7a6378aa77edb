package org.cortado.runtime.calibration;

/**
 * The 2D vector arithmetic of PocketCoffea's {@code METCalibrator}, as the {@code vector}
 * package (1.9) computes it with numpy on NanoAOD's float32 branches. The dtypes matter for the
 * last bits: numpy keeps float32 when a float32 array meets a Python float (so
 * {@code phi2 - phi1 + pi} and {@code pt * cos(phi)} of two float32 branches are float32), and
 * widens to float64 when it meets a float64 array (the calibrated jet pt).
 *
 * <p>{@code vector} subtracts two (rho, phi) vectors without going through x and y:
 * {@code diff = phi2 - phi1 + pi}, {@code u = rho2 cos(diff)}, {@code v = rho2 sin(diff)},
 * {@code rho = sqrt((rho1 + u)^2 + v^2)}, {@code phi = rectify(phi1 + atan2(v, rho1 + u))}.
 * With equal angles, as in the type-1 terms, {@code diff} is float32 pi, whose sine is not zero
 * ({@code -8.742278e-8}), so each jet's term leans by a tiny angle; we reproduce that.
 *
 * <p>Float32 sine and cosine are computed in double and rounded ({@code (float) Math.cos});
 * numpy's SIMD float32 versions are within an ulp of that but differ in about one case in eight,
 * so results through a float32 angle (the raw MET's components) can differ from PocketCoffea's
 * by an ulp of float32.
 */
final class Planar {
  static final float PI_F = (float) Math.PI;
  private static final float TWO_PI_F = (float) (2 * Math.PI);

  private Planar() {}

  static float cos(float x) {
    return (float) Math.cos(x);
  }

  static float sin(float x) {
    return (float) Math.sin(x);
  }

  /**
   * x and y of {@code (rho1, phi1) - (rho2, phi2)} for float64 lengths and float32 angles
   * ({@code vector}'s {@code subtract.rhophi_rhophi}, then {@code x = rho cos(phi)}).
   */
  static void subtract(double rho1, float phi1, double rho2, float phi2, double[] xy) {
    float diff = (phi2 - phi1) + PI_F;
    double u = rho2 * (double) cos(diff);
    double v = rho2 * (double) sin(diff);
    double a = rho1 + u;
    double rho = Math.sqrt(a * a + v * v);
    double phi = rectify(phi1 + Math.atan2(v, a));
    xy[0] = rho * Math.cos(phi);
    xy[1] = rho * Math.sin(phi);
  }

  /**
   * {@code (rho1, phi1) - (rho2, phi2)} with everything float32, as (rho, phi) in {@code out}
   * (rounded to float).
   */
  static void subtract(float rho1, float phi1, float rho2, float phi2, double[] out) {
    combine(rho1, phi1, rho2, (phi2 - phi1) + PI_F, out);
  }

  /** {@code (rho1, phi1) + (rho2, phi2)} with everything float32 ({@code add.rhophi_rhophi}). */
  static void add(float rho1, float phi1, float rho2, float phi2, double[] out) {
    combine(rho1, phi1, rho2, phi2 - phi1, out);
  }

  private static void combine(float rho1, float phi1, float rho2, float diff, double[] out) {
    float u = rho2 * cos(diff);
    float v = rho2 * sin(diff);
    float a = rho1 + u;
    out[0] = (float) Math.sqrt(a * a + v * v);
    out[1] = rectify(phi1 + (float) Math.atan2(v, a));
  }

  /** {@code (phi + pi) % (2 pi) - pi} in float64, with numpy's (Python's) remainder. */
  static double rectify(double phi) {
    return remainder(phi + Math.PI, 2 * Math.PI) - Math.PI;
  }

  /** The same in float32: numpy casts the Python floats pi and 2 pi to float32. */
  static float rectify(float phi) {
    return remainder(phi + PI_F, TWO_PI_F) - PI_F;
  }

  /** numpy's remainder: C's fmod, moved to the sign of the divisor; a zero takes its sign. */
  static double remainder(double a, double b) {
    double mod = a % b;
    if (mod != 0) {
      if ((b < 0) != (mod < 0)) {
        mod += b;
      }
    } else {
      mod = Math.copySign(0.0, b);
    }
    return mod;
  }

  static float remainder(float a, float b) {
    float mod = a % b;
    if (mod != 0) {
      if ((b < 0) != (mod < 0)) {
        mod += b;
      }
    } else {
      mod = Math.copySign(0f, b);
    }
    return mod;
  }
}
