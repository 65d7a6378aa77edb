package org.cortado.runtime.histograms;

import java.io.Serializable;
import java.util.Objects;

/**
 * A one-dimensional histogram with weight storage: per stored bin (underflow, bins, overflow)
 * the sum of weights and the sum of squared weights, and the number of fills stored (ROOT's
 * {@code fEntries}).
 *
 * <p>The variations of one histogram in one category are filled together, event after event, at
 * the same bin ({@link #fill(Hist1D[], int, int, double, double[])}). {@link #variations} stores
 * them in one array, bin-major: a bin's sums for every variation are adjacent, so a fill touches
 * one or two cache lines instead of two arrays per variation. That matters once the histograms
 * of an analysis outgrow the caches (200 categories of 50 histograms with 7 variations hold
 * 58 MB).
 */
public final class Hist1D implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final Axis axis;
  /**
   * The number of fills at {@code data[fills]}; the sum of weights of bin {@code i} at
   * {@code data[offset + i * stride]}, the sum of squares after it.
   */
  private final double[] data;
  private final int fills;
  private final int offset;
  private final int stride;

  /** An empty histogram. */
  public Hist1D(String name, Axis axis) {
    this(name, axis, new double[1 + 2 * axis.extent()], 0, 1, 2);
  }

  private Hist1D(String name, Axis axis, double[] data, int fills, int offset, int stride) {
    this.name = name;
    this.axis = axis;
    this.data = data;
    this.fills = fills;
    this.offset = offset;
    this.stride = stride;
  }

  /**
   * {@code count} empty histograms of one binning, the variations of one histogram, stored
   * together bin-major.
   */
  public static Hist1D[] variations(String name, Axis axis, int count) {
    if (count < 1 || (long) axis.extent() * count * 2 > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("histogram '" + name + "': cannot store " + count
          + " variations of " + axis.extent() + " bins");
    }
    // The fill counts first, then the bins.
    double[] data = new double[count + 2 * axis.extent() * count];
    Hist1D[] out = new Hist1D[count];
    for (int v = 0; v < count; v++) {
      out[v] = new Hist1D(name, axis, data, v, count + 2 * v, 2 * count);
    }
    return out;
  }

  /** Adds {@code w} at {@code x}; dropped if {@code x} falls in a disabled flow bin. */
  public void fill(double x, double w) {
    int i = axis.index(x);
    if (i >= 0) {
      add(i, w);
    }
  }

  /**
   * Adds {@code x} to {@code count} histograms of one row, {@code w[v]} into {@code row[from + v]}:
   * a category's variations, which share one binning, so the bin is looked up once. When
   * {@code row[from]} is the first of {@code count} {@link #variations}, the others must be the
   * rest of them in order, as {@code KernelOutputs} lays them out.
   */
  public static void fill(Hist1D[] row, int from, int count, double x, double[] w) {
    Hist1D first = row[from];
    int i = first.axis.index(x);
    if (i < 0) {
      return;
    }
    if (first.fills == 0 && first.stride == 2 * count) {
      // The whole block of {@link #variations}, so row[from + v] is its variation v: add through
      // the first one's array without touching the others' objects.
      double[] data = first.data;
      int k = first.offset + i * first.stride;
      for (int v = 0; v < count; v++) {
        double wv = w[v];
        data[v] += 1;
        data[k + 2 * v] += wv;
        data[k + 2 * v + 1] += wv * wv;
      }
      return;
    }
    for (int v = 0; v < count; v++) {
      row[from + v].add(i, w[v]);
    }
  }

  private void add(int i, double w) {
    int k = offset + i * stride;
    data[fills] += 1;
    data[k] += w;
    data[k + 1] += w * w;
  }

  /** Adds this histogram's content to {@code into}, which must have the same binning. */
  public void addTo(Hist1D into) {
    if (!axis.sameBinning(into.axis)) {
      throw new IllegalArgumentException("cannot add histograms with different binning: " + name);
    }
    into.data[into.fills] += data[fills];
    for (int i = 0, n = axis.extent(); i < n; i++) {
      int from = offset + i * stride;
      int to = into.offset + i * into.stride;
      into.data[to] += data[from];
      into.data[to + 1] += data[from + 1];
    }
  }

  /** A new histogram holding {@code this + other}, summed bin by bin in that order. */
  public Hist1D merge(Hist1D other) {
    Hist1D out = new Hist1D(name, axis);
    addTo(out);
    other.addTo(out);
    return out;
  }

  /** Histogram name. */
  public String name() {
    return name;
  }

  /** The axis. */
  public Axis axis() {
    return axis;
  }

  /** The number of fills stored (ROOT's {@code fEntries}); those in a disabled flow bin are not. */
  public double entries() {
    return data[fills];
  }

  /** Sum of weights per stored bin (index as {@link Axis#index}); a copy. */
  public double[] sumw() {
    return column(0);
  }

  /** Sum of squared weights per stored bin; a copy. */
  public double[] sumw2() {
    return column(1);
  }

  /** Sum of weights in stored bin {@code i}. */
  public double sumw(int i) {
    return data[offset + Objects.checkIndex(i, axis.extent()) * stride];
  }

  /** Sum of squared weights in stored bin {@code i}. */
  public double sumw2(int i) {
    return data[offset + Objects.checkIndex(i, axis.extent()) * stride + 1];
  }

  private double[] column(int which) {
    double[] out = new double[axis.extent()];
    for (int i = 0; i < out.length; i++) {
      out[i] = data[offset + i * stride + which];
    }
    return out;
  }
}
