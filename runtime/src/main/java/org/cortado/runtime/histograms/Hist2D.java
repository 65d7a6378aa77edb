package org.cortado.runtime.histograms;

import java.io.Serializable;

/**
 * A two-dimensional histogram with weight storage, flow bins on both axes, in plain arrays
 * indexed {@code ix * y.extent() + iy}.
 */
public final class Hist2D implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final Axis x;
  private final Axis y;
  private final double[] sumw;
  private final double[] sumw2;
  /** Fills stored (ROOT's {@code fEntries}). */
  private double entries;

  /** An empty histogram. */
  public Hist2D(String name, Axis x, Axis y) {
    this.name = name;
    this.x = x;
    this.y = y;
    this.sumw = new double[x.extent() * y.extent()];
    this.sumw2 = new double[x.extent() * y.extent()];
  }

  /** Adds {@code w} at ({@code vx}, {@code vy}); dropped if either lands in a disabled flow bin. */
  public void fill(double vx, double vy, double w) {
    int i = bin(vx, vy);
    if (i >= 0) {
      add(i, w);
    }
  }

  /**
   * Adds ({@code vx}, {@code vy}) to {@code count} histograms of one row, {@code w[v]} into
   * {@code row[from + v]}: a category's variations share one binning, so the bin is found once.
   */
  public static void fill(Hist2D[] row, int from, int count, double vx, double vy, double[] w) {
    int i = row[from].bin(vx, vy);
    if (i < 0) {
      return;
    }
    for (int v = 0; v < count; v++) {
      row[from + v].add(i, w[v]);
    }
  }

  /** The stored bin of ({@code vx}, {@code vy}), or -1 if either lands in a disabled flow bin. */
  private int bin(double vx, double vy) {
    int ix = x.index(vx);
    int iy = y.index(vy);
    return ix < 0 || iy < 0 ? -1 : ix * y.extent() + iy;
  }

  private void add(int i, double w) {
    entries += 1;
    sumw[i] += w;
    sumw2[i] += w * w;
  }

  /** Adds this histogram's content to {@code into}, which must have the same binning. */
  public void addTo(Hist2D into) {
    if (!x.sameBinning(into.x) || !y.sameBinning(into.y)) {
      throw new IllegalArgumentException("cannot add histograms with different binning: " + name);
    }
    into.entries += entries;
    for (int i = 0; i < sumw.length; i++) {
      into.sumw[i] += sumw[i];
      into.sumw2[i] += sumw2[i];
    }
  }

  /** A new histogram holding {@code this + other}, summed bin by bin in that order. */
  public Hist2D merge(Hist2D other) {
    Hist2D out = new Hist2D(name, x, y);
    addTo(out);
    other.addTo(out);
    return out;
  }

  /** Histogram name. */
  public String name() {
    return name;
  }

  /** The first axis. */
  public Axis xAxis() {
    return x;
  }

  /** The second axis. */
  public Axis yAxis() {
    return y;
  }

  /** The number of fills stored (ROOT's {@code fEntries}); those in a disabled flow bin are not. */
  public double entries() {
    return entries;
  }

  /** Sum of weights in stored bin ({@code ix}, {@code iy}). */
  public double sumw(int ix, int iy) {
    return sumw[ix * y.extent() + iy];
  }

  /** Sum of squared weights in stored bin ({@code ix}, {@code iy}). */
  public double sumw2(int ix, int iy) {
    return sumw2[ix * y.extent() + iy];
  }
}
