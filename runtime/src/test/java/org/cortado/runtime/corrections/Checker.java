package org.cortado.runtime.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a correction through both public entry points, the boxed {@code evaluate(Object...)}
 * and {@code bind(strings).evaluate(doubles)}, and checks both against one expected value.
 */
final class Checker {
  /** Formula results may differ from glibc's in the last bits; lookups must match exactly. */
  static final double FORMULA_TOLERANCE = 1e-12;
  /**
   * Absolute slack for results that cancel to nearly zero, such as {@code [0]*x+[1]} at a point
   * where the terms cancel: a one-ulp difference in a parsed parameter shows up as 1e-19 vs 0.0.
   */
  private static final double ABSOLUTE_SLACK = 1e-15;

  private final CorrectionSet set;

  Checker(CorrectionSet set) {
    this.set = set;
  }

  void eval(String name, double expected, Object... args) {
    check(set.correction(name), expected, 0.0, args);
  }

  void approx(String name, double expected, Object... args) {
    check(set.correction(name), expected, FORMULA_TOLERANCE, args);
  }

  void compound(String name, double expected, Object... args) {
    check(set.compound(name), expected, FORMULA_TOLERANCE, args);
  }

  void fails(String name, Object... args) {
    checkFails(set.correction(name), args);
  }

  void compoundFails(String name, Object... args) {
    checkFails(set.compound(name), args);
  }

  static void check(CorrectionFunction c, double expected, double tolerance, Object... args) {
    String what = c.name() + java.util.Arrays.toString(args);
    assertClose(expected, c.evaluate(args), tolerance, what);
    double[] numbers = numbers(args);
    if (numbers != null) {
      assertClose(expected, c.bind(strings(args)).evaluate(numbers), tolerance, what + " bound");
    }
  }

  static void checkFails(CorrectionFunction c, Object... args) {
    CorrectionEvaluationException e =
        assertThrows(CorrectionEvaluationException.class, () -> c.evaluate(args));
    assertTrue(e.getMessage().contains("'" + c.name() + "'"), e.getMessage());
    double[] numbers = numbers(args);
    if (numbers != null) {
      BoundCorrection bound = c.bind(strings(args));
      assertThrows(CorrectionEvaluationException.class, () -> bound.evaluate(numbers));
    }
  }

  static void assertClose(double expected, double actual, double tolerance, String what) {
    if (tolerance == 0.0 || Double.isNaN(expected) || Double.isInfinite(expected)) {
      assertEquals(expected, actual, what);
    } else if (Math.abs(actual - expected) > tolerance * Math.abs(expected) + ABSOLUTE_SLACK) {
      fail(what + ": expected " + expected + " but was " + actual);
    }
  }

  private static String[] strings(Object[] args) {
    List<String> out = new ArrayList<>();
    for (Object a : args) {
      if (a instanceof String) {
        out.add((String) a);
      }
    }
    return out.toArray(new String[0]);
  }

  /** The non-string arguments as doubles, or null when an int does not fit a double exactly. */
  private static double[] numbers(Object[] args) {
    List<Double> out = new ArrayList<>();
    for (Object a : args) {
      if (a instanceof Long && ((Long) a > (1L << 53) || (Long) a < -(1L << 53))) {
        return null;
      }
      if (a instanceof Number) {
        out.add(((Number) a).doubleValue());
      }
    }
    double[] d = new double[out.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = out.get(i);
    }
    return d;
  }
}
