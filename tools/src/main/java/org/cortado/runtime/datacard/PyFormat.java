package org.cortado.runtime.datacard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers printed as Python prints them in PocketCoffea's cards: rates with {@code f"{v:.6g}"},
 * observations and systematic values with {@code repr(float)}. Java's own formats differ (its
 * {@code %g} keeps trailing zeros, its {@code toString} switches to exponents at 10^7).
 */
final class PyFormat {
  private PyFormat() {}

  /** Python's {@code format(v, ".6g")}: six significant digits, trailing zeros removed. */
  static String g6(double v) {
    if (!Double.isFinite(v)) {
      return nonFinite(v);
    }
    if (v == 0) {
      return (1 / v < 0) ? "-0" : "0";
    }
    BigDecimal rounded = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN));
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent >= -4 && exponent < 6) {
      return rounded.setScale(Math.max(0, 5 - exponent), RoundingMode.UNNECESSARY)
          .stripTrailingZeros().toPlainString();
    }
    return scientific(rounded, exponent);
  }

  /** Python's {@code repr(float)}: the shortest digits that read back, fixed from 1e-4 to 1e16. */
  static String repr(double v) {
    if (!Double.isFinite(v)) {
      return nonFinite(v);
    }
    if (v == 0) {
      return (1 / v < 0) ? "-0.0" : "0.0";
    }
    BigDecimal shortest = new BigDecimal(Double.toString(v)).stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent >= -4 && exponent < 16) {
      String plain = shortest.toPlainString();
      return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }
    return scientific(shortest, exponent);
  }

  /** {@code d.ddde+XX} with at least two exponent digits, as C's printf writes it. */
  private static String scientific(BigDecimal value, int exponent) {
    String digits = value.unscaledValue().abs().toString().replaceAll("0+$", "");
    StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
    out.append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append('.').append(digits, 1, digits.length());
    }
    out.append(exponent < 0 ? "e-" : "e+");
    int magnitude = Math.abs(exponent);
    return out.append(magnitude < 10 ? "0" : "").append(magnitude).toString();
  }

  private static String nonFinite(double v) {
    return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
  }
}
