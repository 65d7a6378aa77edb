package org.cortado.runtime.corrections;

/**
 * JSON number text to double exactly as the reference evaluator reads it: RapidJSON's
 * {@code Reader::ParseNumber} with its default flags (correctionlib passes only
 * {@code kParseNanAndInfFlag}), which is <em>not</em> correctly rounded. It accumulates up to
 * about 17 significant digits in a 64-bit integer and then divides or multiplies by one exact
 * power of ten, so some decimals come out one ulp away from {@link Double#parseDouble}: the
 * 2016postVFP pile-up weight {@code 0.11894171699063277} reads as {@code ...276}.
 *
 * <p>One ulp matters beyond the look-up itself: a jet energy correction computed from a parameter
 * one ulp off gives a jet pt one ulp off, and PocketCoffea's JER smearing hashes that pt's bits
 * into its random number, so the smeared pt differs completely. Reading numbers the way the
 * reference does keeps such chains bit for bit.
 *
 * <p>Ported from {@code include/rapidjson/reader.h} and {@code internal/strtod.h} of RapidJSON
 * 24b5e7a8, the commit correctionlib 2.9.0 vendors (64-bit build, normal precision).
 */
final class RapidJsonNumbers {
  private static final double[] POW10 = new double[309];

  static {
    for (int e = 0; e < POW10.length; e++) {
      POW10[e] = Double.parseDouble("1e" + e);
    }
  }

  private RapidJsonNumbers() {}

  /**
   * The double RapidJSON produces for a finite JSON number token
   * ({@code -?digits[.digits][(e|E)[+-]digits]}); the {@code NaN} and {@code Infinity} literals
   * have one meaning only and are left to the caller.
   *
   * @throws NumberFormatException if {@code text} is not such a token
   */
  static double parse(CharSequence text) {
    int n = text.length();
    int pos = 0;
    boolean minus = n > 0 && text.charAt(0) == '-';
    if (minus) {
      pos++;
    }
    if (pos >= n || !digit(text.charAt(pos))) {
      throw new NumberFormatException("not a JSON number: " + text);
    }

    // Integer part: a 32-bit accumulator, then a 64-bit one, then a double.
    long i = 0; // unsigned 32-bit value
    long i64 = 0; // unsigned 64-bit value
    boolean use64bit = false;
    boolean useDouble = false;
    double d = 0.0;
    int significandDigit = 0;
    if (text.charAt(pos) == '0') {
      pos++;
    } else {
      i = text.charAt(pos++) - '0';
      long limit = minus ? 214748364L : 429496729L;
      char over = minus ? '8' : '5';
      while (pos < n && digit(text.charAt(pos))) {
        if (i >= limit && (i != limit || text.charAt(pos) > over)) {
          i64 = i;
          use64bit = true;
          break;
        }
        i = i * 10 + (text.charAt(pos++) - '0');
        significandDigit++;
      }
    }
    if (use64bit) {
      long limit = minus ? 0x0CCCCCCCCCCCCCCCL : 0x1999999999999999L;
      char over = minus ? '8' : '5';
      while (pos < n && digit(text.charAt(pos))) {
        if (Long.compareUnsigned(i64, limit) >= 0 && (i64 != limit || text.charAt(pos) > over)) {
          d = unsignedToDouble(i64);
          useDouble = true;
          break;
        }
        i64 = i64 * 10 + (text.charAt(pos++) - '0');
        significandDigit++;
      }
    }
    if (useDouble) {
      while (pos < n && digit(text.charAt(pos))) {
        d = d * 10 + (text.charAt(pos++) - '0');
      }
    }

    // Fraction: more digits into the 64-bit integer while it is below 2^53, then into the double
    // up to 17 significant digits; further digits are dropped.
    int expFrac = 0;
    if (pos < n && text.charAt(pos) == '.') {
      pos++;
      if (pos >= n || !digit(text.charAt(pos))) {
        throw new NumberFormatException("not a JSON number: " + text);
      }
      if (!useDouble) {
        if (!use64bit) {
          i64 = i;
        }
        while (pos < n && digit(text.charAt(pos))) {
          if (Long.compareUnsigned(i64, 0x1FFFFFFFFFFFFFL) > 0) {
            break;
          }
          i64 = i64 * 10 + (text.charAt(pos++) - '0');
          --expFrac;
          if (i64 != 0) {
            significandDigit++;
          }
        }
        d = unsignedToDouble(i64);
        useDouble = true;
      }
      while (pos < n && digit(text.charAt(pos))) {
        if (significandDigit < 17) {
          d = d * 10.0 + (text.charAt(pos++) - '0');
          --expFrac;
          if (d > 0.0) {
            significandDigit++;
          }
        } else {
          pos++;
        }
      }
    }

    int exp = 0;
    if (pos < n && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      if (!useDouble) {
        d = use64bit ? unsignedToDouble(i64) : (double) i;
        useDouble = true;
      }
      boolean expMinus = false;
      if (pos < n && text.charAt(pos) == '+') {
        pos++;
      } else if (pos < n && text.charAt(pos) == '-') {
        expMinus = true;
        pos++;
      }
      if (pos >= n || !digit(text.charAt(pos))) {
        throw new NumberFormatException("not a JSON number: " + text);
      }
      int maxExp = expMinus ? (expFrac + 2147483639) / 10 : 308 - expFrac;
      while (pos < n && digit(text.charAt(pos))) {
        exp = exp * 10 + (text.charAt(pos++) - '0');
        if (exp > maxExp) {
          if (!expMinus) {
            throw new NumberFormatException("number too big: " + text);
          }
          while (pos < n && digit(text.charAt(pos))) {
            pos++;
          }
        }
      }
      if (expMinus) {
        exp = -exp;
      }
    }
    if (pos != n) {
      throw new NumberFormatException("not a JSON number: " + text);
    }

    if (!useDouble) {
      // An integer token: exact, as RapidJSON's Int/Uint/Int64/Uint64 values.
      double v = use64bit ? unsignedToDouble(i64) : (double) i;
      return minus ? -v : v;
    }
    int p = exp + expFrac;
    if (p < -308) {
      d = fastPath(d, -308);
      d = fastPath(d, p + 308);
    } else {
      d = fastPath(d, p);
    }
    if (d > Double.MAX_VALUE) {
      throw new NumberFormatException("number too big: " + text);
    }
    return minus ? -d : d;
  }

  private static double fastPath(double significand, int exp) {
    if (exp < -308) {
      return 0.0;
    } else if (exp >= 0) {
      return significand * POW10[exp];
    } else {
      return significand / POW10[-exp];
    }
  }

  /** {@code static_cast<double>(uint64_t)}: correctly rounded, also above 2^63. */
  private static double unsignedToDouble(long u) {
    if (u >= 0) {
      return (double) u;
    }
    return (double) ((u >>> 1) | (u & 1)) * 2.0;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
