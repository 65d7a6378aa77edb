package org.cortado.runtime.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How closely computed values agree with a reference, tallied per kind of value ("Jet pt", "MET
 * phi"): how many were compared, how many are bit-identical, the largest difference, and which
 * ones lie beyond their tolerance. A difference is measured in a unit the caller chooses per value
 * (the value itself for a relative difference, 1 for an absolute one, an ulp of the value), so a
 * tolerance reads as "so many units".
 */
final class Agreements {
  private final Map<String, Tally> tallies = new LinkedHashMap<>();

  /** Compares {@code actual} to {@code expected} relatively: the unit is {@code |expected|}. */
  void relative(String kind, double expected, double actual, double tolerance, String what) {
    add(kind, "relative", expected, actual, Math.max(Math.abs(expected), Double.MIN_NORMAL),
        tolerance, what);
  }

  /** Compares {@code actual} to {@code expected} absolutely: the unit is 1. */
  void absolute(String kind, double expected, double actual, double tolerance, String what) {
    add(kind, "absolute", expected, actual, 1.0, tolerance, what);
  }

  /** Compares {@code actual} to {@code expected} in ulps of {@code expected}. */
  void ulps(String kind, double expected, double actual, double tolerance, String what) {
    add(kind, "ulps", expected, actual, Math.ulp(expected), tolerance, what);
  }

  /**
   * Compares {@code actual} to {@code expected}, a value of {@code kind}: bit-identical, or
   * {@code |actual - expected|} at most {@code tolerance} times {@code unit} (named
   * {@code unitName} in messages).
   */
  void add(String kind, String unitName, double expected, double actual, double unit,
      double tolerance, String what) {
    tallies.computeIfAbsent(kind, k -> new Tally(unitName))
        .add(expected, actual, unit, tolerance, what);
  }

  /** The values compared, over all kinds. */
  long compared() {
    return tallies.values().stream().mapToLong(t -> t.compared).sum();
  }

  /** The values compared and bit-identical, over all kinds. */
  long identical() {
    return tallies.values().stream().mapToLong(t -> t.identical).sum();
  }

  /** One line per kind: "{@code prefix}Jet pt: 5800 values, 5792 bit-identical, ...". */
  List<String> summary(String prefix) {
    List<String> lines = new ArrayList<>();
    tallies.forEach((kind, t) -> lines.add(prefix + kind + ": " + t));
    return lines;
  }

  /** The values beyond their tolerance, at most {@code limit} per kind. */
  List<String> failures(int limit) {
    List<String> out = new ArrayList<>();
    tallies.forEach((kind, t) -> t.failures.stream().limit(limit)
        .forEach(f -> out.add(kind + " " + f)));
    return out;
  }

  /** The comparisons of one kind of value. */
  private static final class Tally {
    private final String unit;
    private long compared;
    private long identical;
    private double maxDifference;
    private double maxUnits;
    private String worst = "";
    private final List<String> failures = new ArrayList<>();

    private Tally(String unit) {
      this.unit = unit;
    }

    void add(double expected, double actual, double unit, double tolerance, String what) {
      compared++;
      if (Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual)) {
        identical++;
        return;
      }
      double difference = Math.abs(expected - actual);
      double units = difference / unit;
      maxDifference = Math.max(maxDifference, difference);
      if (units > maxUnits || Double.isNaN(units)) {
        maxUnits = units;
        worst = what;
      }
      if (!(units <= tolerance)) {
        failures.add(what + ": expected " + expected + ", got " + actual + " (" + units + " "
            + this.unit + ")");
      }
    }

    @Override
    public String toString() {
      return compared + " values, " + identical + " bit-identical, largest difference "
          + maxDifference + " (" + maxUnits + " " + unit + (worst.isEmpty() ? "" : ", " + worst)
          + ")";
    }
  }
}
