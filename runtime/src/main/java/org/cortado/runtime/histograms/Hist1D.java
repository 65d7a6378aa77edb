package org.cortado.runtime.histograms;

/**
 * A one-dimensional histogram with weight storage: per stored bin (underflow, bins, overflow)
 * the sum of weights and the sum of squared weights, in plain arrays.
 */
public final class Hist1D {
  private final String name;
  private final Axis axis;
  private final double[] sumw;
  private final double[] sumw2;

  /** An empty histogram. */
  public Hist1D(String name, Axis axis) {
    this.name = name;
    this.axis = axis;
    this.sumw = new double[axis.extent()];
    this.sumw2 = new double[axis.extent()];
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
   * a category's variations, which share one binning, so the bin is looked up once.
   */
  public static void fill(Hist1D[] row, int from, int count, double x, double[] w) {
    int i = row[from].axis.index(x);
    if (i < 0) {
      return;
    }
    for (int v = 0; v < count; v++) {
      row[from + v].add(i, w[v]);
    }
  }

  private void add(int i, double w) {
    sumw[i] += w;
    sumw2[i] += w * w;
  }

  /** Adds this histogram's content to {@code into}, which must have the same binning. */
  public void addTo(Hist1D into) {
    if (!axis.sameBinning(into.axis)) {
      throw new IllegalArgumentException("cannot add histograms with different binning: " + name);
    }
    for (int i = 0; i < sumw.length; i++) {
      into.sumw[i] += sumw[i];
      into.sumw2[i] += sumw2[i];
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

  /** Sum of weights per stored bin (index as {@link Axis#index}); a copy. */
  public double[] sumw() {
    return sumw.clone();
  }

  /** Sum of squared weights per stored bin; a copy. */
  public double[] sumw2() {
    return sumw2.clone();
  }

  /** Sum of weights in stored bin {@code i}. */
  public double sumw(int i) {
    return sumw[i];
  }

  /** Sum of squared weights in stored bin {@code i}. */
  public double sumw2(int i) {
    return sumw2[i];
  }
}
