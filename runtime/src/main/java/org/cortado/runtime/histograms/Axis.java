package org.cortado.runtime.histograms;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One histogram axis: regular, variable, integer or integer-category binning, always stored with
 * an underflow bin (index 0) and an overflow bin (index {@code bins() + 1}). When a flow bin is
 * disabled, values that would land in it are dropped ({@link #index} returns -1).
 *
 * <p>One final class with a kind switch, not an interface with four implementations, so the
 * call in {@link Hist1D#fill} stays monomorphic in the generated event loop.
 */
public final class Axis implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The kind of binning. */
  public enum Kind { REGULAR, VARIABLE, INTEGER, CATEGORY }

  private final Kind kind;
  private final String name;
  private final String label;
  private final int bins;
  private final double low;
  private final double high;
  private final double[] edges;
  private final int[] values;
  private final boolean underflow;
  private final boolean overflow;

  private Axis(Kind kind, String name, String label, int bins, double low, double high,
      double[] edges, int[] values, boolean underflow, boolean overflow) {
    this.kind = kind;
    this.name = name;
    this.label = label;
    this.bins = bins;
    this.low = low;
    this.high = high;
    this.edges = edges;
    this.values = values;
    this.underflow = underflow;
    this.overflow = overflow;
  }

  /** {@code bins} equal bins on {@code [low, high)}. */
  public static Axis regular(String name, String label, int bins, double low, double high,
      boolean underflow, boolean overflow) {
    if (bins <= 0 || !(low < high)) {
      throw new IllegalArgumentException("regular axis " + name + ": need bins > 0 and low < high");
    }
    return new Axis(Kind.REGULAR, name, label, bins, low, high, null, null, underflow, overflow);
  }

  /** Bins between consecutive, strictly increasing {@code edges}. */
  public static Axis variable(String name, String label, double[] edges, boolean underflow,
      boolean overflow) {
    if (edges.length < 2) {
      throw new IllegalArgumentException("variable axis " + name + ": need at least two edges");
    }
    for (int i = 1; i < edges.length; i++) {
      if (!(edges[i - 1] < edges[i])) {
        throw new IllegalArgumentException("variable axis " + name + ": edges must increase");
      }
    }
    double[] copy = edges.clone();
    return new Axis(Kind.VARIABLE, name, label, edges.length - 1, copy[0], copy[copy.length - 1],
        copy, null, underflow, overflow);
  }

  /** One bin per integer in {@code [low, high)}. */
  public static Axis integer(String name, String label, int low, int high, boolean underflow,
      boolean overflow) {
    if (low >= high) {
      throw new IllegalArgumentException("integer axis " + name + ": need low < high");
    }
    return new Axis(Kind.INTEGER, name, label, high - low, low, high, null, null, underflow,
        overflow);
  }

  /** One bin per listed value; other values go to the overflow bin if it is enabled. */
  public static Axis category(String name, String label, int[] values, boolean overflow) {
    if (values.length == 0) {
      throw new IllegalArgumentException("category axis " + name + ": need at least one value");
    }
    return new Axis(Kind.CATEGORY, name, label, values.length, 0, 0, null, values.clone(), false,
        overflow);
  }

  /**
   * Storage index of {@code x}: 0 underflow, 1..{@link #bins()} in range, {@code bins()+1}
   * overflow (also NaN and unlisted categories), or -1 if that flow bin is disabled.
   */
  public int index(double x) {
    int i;
    switch (kind) {
      case REGULAR: {
        double z = (x - low) / (high - low);
        if (z < 0) {
          i = 0;
        } else if (z >= 1 || Double.isNaN(z)) {
          i = bins + 1;
        } else {
          i = (int) (z * bins) + 1;
        }
        break;
      }
      case VARIABLE: {
        if (x < edges[0]) {
          i = 0;
        } else if (x >= edges[bins] || Double.isNaN(x)) {
          i = bins + 1;
        } else {
          int k = Arrays.binarySearch(edges, x);
          i = k >= 0 ? k + 1 : -k - 1;
        }
        break;
      }
      case INTEGER: {
        if (Double.isNaN(x)) {
          i = bins + 1;
        } else {
          double f = Math.floor(x) - low;
          i = f < 0 ? 0 : f >= bins ? bins + 1 : (int) f + 1;
        }
        break;
      }
      default: {
        i = bins + 1;
        for (int k = 0; k < values.length; k++) {
          if (values[k] == x) {
            i = k + 1;
            break;
          }
        }
      }
    }
    if (i == 0 && !underflow) {
      return -1;
    }
    if (i == bins + 1 && !overflow) {
      return -1;
    }
    return i;
  }

  /** Number of in-range bins. */
  public int bins() {
    return bins;
  }

  /** Number of stored bins: {@link #bins()} plus underflow and overflow. */
  public int extent() {
    return bins + 2;
  }

  /** Kind of binning. */
  public Kind kind() {
    return kind;
  }

  /** Axis name. */
  public String name() {
    return name;
  }

  /** Axis label. */
  public String label() {
    return label;
  }

  /** Lower edge of in-range bin {@code b} (1-based, as {@link #index}); categories give the value. */
  public double lowEdge(int b) {
    switch (kind) {
      case REGULAR:
        return low + (high - low) * (b - 1) / bins;
      case VARIABLE:
        return edges[b - 1];
      case INTEGER:
        return low + b - 1;
      default:
        return values[b - 1];
    }
  }

  /** Whether values below the range are kept. */
  public boolean underflow() {
    return underflow;
  }

  /** Whether values above the range are kept. */
  public boolean overflow() {
    return overflow;
  }

  /** Same binning, name, label and flow settings. */
  public boolean sameBinning(Axis o) {
    return kind == o.kind && bins == o.bins && Double.compare(low, o.low) == 0
        && Double.compare(high, o.high) == 0 && Arrays.equals(edges, o.edges)
        && Arrays.equals(values, o.values) && underflow == o.underflow && overflow == o.overflow
        && name.equals(o.name);
  }

  /**
   * Equal axes bin alike and have the same label: a layout read back from a serialised result
   * equals the one it was written from.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Axis a && sameBinning(a) && Objects.equals(label, a.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, label, bins, low, high, Arrays.hashCode(edges),
        Arrays.hashCode(values), underflow, overflow);
  }
}
