package org.cortado.runtime.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoublePredicate;
import org.cortado.runtime.histograms.Axis;
import org.cortado.runtime.histograms.Hist1D;

/**
 * A histogram expected from reference values that may differ from the values a kernel filled by
 * up to a slack (absolute, plus relative to the value): each fill keeps every bin its value could
 * land in, those of the value and of the value plus and minus the slack (-1 where a selection
 * with the same slack would drop it). A
 * kernel's histogram matches when its sums of weights and of squared weights are, bit for bit,
 * those of the fills added in order with each ambiguous fill in one of its bins; a fill whose
 * value lies farther than the slack from every edge has one bin, so it may not move. With a slack
 * of 0 every fill has one bin and the histogram must be exactly that of the values.
 */
final class ExpectedHistogram {
  /** At most this many placements of the ambiguous fills are tried. */
  private static final int MAX_PLACEMENTS = 1 << 12;

  private final Axis axis;
  private final double absoluteSlack;
  private final double relativeSlack;
  /** Per fill, the bins it may land in, that of the value itself first; -1 for none. */
  private final List<int[]> bins = new ArrayList<>();
  private double[] weights = new double[64];
  /** Per fill, the value (NaN where the caller chose the bins). */
  private double[] values = new double[64];

  /** An empty histogram whose values may be off by {@code absolute + relative * |value|}. */
  ExpectedHistogram(Axis axis, double absoluteSlack, double relativeSlack) {
    this.axis = axis;
    this.absoluteSlack = absoluteSlack;
    this.relativeSlack = relativeSlack;
  }

  /**
   * The outcome of a comparison: how many fills were ambiguous, which of them the kernel's
   * histogram has in a neighbouring bin, or else what differs.
   */
  record Outcome(boolean matches, int fills, int ambiguous, List<String> moved,
      String difference) {}

  /** Fills {@code value} with {@code weight}. */
  void fill(double value, double weight) {
    fill(value, weight, v -> true);
  }

  /** Fills {@code value} with {@code weight} if {@code selected} accepts it. */
  void fill(double value, double weight, DoublePredicate selected) {
    fillOneOf(choices(value, selected), weight);
    values[bins.size() - 1] = value;
  }

  /**
   * Fills one of {@code choices} (bins as {@link Axis#index}, -1 for none, the most likely
   * first) with {@code weight}: for a value the caller picks among several, such as the leading
   * jet when one near it sits at the selection threshold.
   */
  void fillOneOf(int[] choices, double weight) {
    if (bins.size() == weights.length) {
      weights = Arrays.copyOf(weights, 2 * weights.length);
      values = Arrays.copyOf(values, 2 * values.length);
    }
    weights[bins.size()] = weight;
    values[bins.size()] = Double.NaN;
    bins.add(choices.clone());
  }

  /**
   * The bins {@code value} may land in: those of the value, and of the value minus and plus the
   * slack; -1 where {@code selected} rejects it.
   */
  int[] choices(double value, DoublePredicate selected) {
    double slack = absoluteSlack + relativeSlack * Math.abs(value);
    Set<Integer> out = new LinkedHashSet<>();
    for (double v : new double[] {value, value - slack, value + slack}) {
      out.add(selected.test(v) ? axis.index(v) : -1);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Compares {@code actual} with the fills: every placement of the ambiguous fills is tried, the
   * one with each value in its own bin first.
   */
  Outcome compare(Hist1D actual) {
    if (!actual.axis().sameBinning(axis)) {
      throw new IllegalArgumentException("another binning: " + actual.name());
    }
    List<Integer> ambiguous = new ArrayList<>();
    long placements = 1;
    for (int f = 0; f < bins.size(); f++) {
      if (bins.get(f).length > 1) {
        ambiguous.add(f);
        placements *= bins.get(f).length;
      }
    }
    if (placements > MAX_PLACEMENTS) {
      return new Outcome(false, bins.size(), ambiguous.size(), List.of(), ambiguous.size()
          + " fills lie within their slack of an edge, too many to place");
    }
    int[] pick = new int[bins.size()];
    String first = null;
    for (long p = 0; p < placements; p++) {
      long rest = p;
      List<String> moved = new ArrayList<>();
      for (int f : ambiguous) {
        int[] choices = bins.get(f);
        pick[f] = (int) (rest % choices.length);
        rest /= choices.length;
        if (pick[f] != 0) {
          moved.add((Double.isNaN(values[f]) ? "fill " + f : "value " + values[f]) + " in "
              + name(choices[pick[f]]) + ", not " + name(choices[0]));
        }
      }
      String difference = difference(actual, pick);
      if (difference == null) {
        return new Outcome(true, bins.size(), ambiguous.size(), moved, "");
      }
      first = first == null ? difference : first;
    }
    return new Outcome(false, bins.size(), ambiguous.size(), List.of(), first);
  }

  /** The first bins that differ with the fills placed as {@code pick} says, or null. */
  private String difference(Hist1D actual, int[] pick) {
    double[] sumw = new double[axis.extent()];
    double[] sumw2 = new double[axis.extent()];
    for (int f = 0; f < bins.size(); f++) {
      int b = bins.get(f)[pick[f]];
      if (b >= 0) {
        double w = weights[f];
        sumw[b] += w;
        sumw2[b] += w * w;
      }
    }
    List<String> out = new ArrayList<>();
    for (int b = 0; b < sumw.length && out.size() < 5; b++) {
      if (Double.doubleToLongBits(sumw[b]) != Double.doubleToLongBits(actual.sumw(b))
          || Double.doubleToLongBits(sumw2[b]) != Double.doubleToLongBits(actual.sumw2(b))) {
        out.add(name(b) + ": expected " + sumw[b] + " (sumw2 " + sumw2[b]
            + "), got " + actual.sumw(b) + " (sumw2 " + actual.sumw2(b) + ")");
      }
    }
    return out.isEmpty() ? null : String.join("; ", out);
  }

  /** Bin {@code b} and its range, or "no bin" for -1. */
  private String name(int b) {
    if (b < 0) {
      return "no bin";
    }
    if (b == 0) {
      return "bin 0 (underflow)";
    }
    if (b == axis.bins() + 1) {
      return "bin " + b + " (overflow)";
    }
    return "bin " + b + " [" + axis.lowEdge(b) + ", " + axis.lowEdge(b + 1) + ")";
  }
}
