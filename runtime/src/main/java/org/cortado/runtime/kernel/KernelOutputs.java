package org.cortado.runtime.kernel;

import java.io.Serializable;
import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.histograms.Hist2D;

/**
 * What a kernel fills for one partition of the input: cut-flow counts and generator-weight sums
 * per cut, per category the event count and, per weight variation, the sum of weights and of
 * squared weights, histograms per category and variation, and exported columns per category.
 * Data outputs have only the {@code "nominal"} variation.
 *
 * <p>The array-returning methods ({@link #cutflowCounts()}, {@link #hist1d(int)}, ...) give the
 * live storage that generated kernels write to; analysts use the name-based getters. Partitions
 * are combined with {@link #merge}, which adds in a fixed order.
 *
 * <p>Serialisable, so that a work item processed on another machine sends its outputs back: the
 * sums are raw (unscaled) and the variations of a histogram keep sharing one array.
 */
public final class KernelOutputs implements Serializable {
  private static final long serialVersionUID = 1L;

  private final KernelLayout layout;
  private final boolean mc;
  private final int nvar;
  private final long[] cutflow;
  private final double[] cutflowSumw;
  private final long[] counts;
  private final double[] sumw;
  private final double[] sumw2;
  private final Hist1D[][] h1;
  private final Hist2D[][] h2;
  private final ColumnBuffer[][] cols;

  private KernelOutputs(KernelLayout layout, boolean mc) {
    this.layout = layout;
    this.mc = mc;
    this.nvar = mc ? layout.variations().size() : 1;
    int ncat = layout.categories().size();
    this.cutflow = new long[layout.cutflow().size()];
    this.cutflowSumw = new double[layout.cutflow().size()];
    this.counts = new long[ncat];
    this.sumw = new double[ncat * nvar];
    this.sumw2 = new double[ncat * nvar];
    List<KernelLayout.HistogramSpec> hs = layout.histograms();
    this.h1 = new Hist1D[hs.size()][];
    this.h2 = new Hist2D[hs.size()][];
    for (int h = 0; h < hs.size(); h++) {
      KernelLayout.HistogramSpec spec = hs.get(h);
      boolean twoD = spec.axes().size() == 2;
      Hist1D[] one = new Hist1D[ncat * nvar];
      Hist2D[] two = new Hist2D[ncat * nvar];
      for (int c = 0; c < ncat; c++) {
        if (!spec.categories().contains(layout.categories().get(c))) {
          continue;
        }
        int count = spec.variations() ? nvar : 1;
        if (twoD) {
          for (int v = 0; v < count; v++) {
            two[c * nvar + v] = new Hist2D(spec.name(), spec.axes().get(0), spec.axes().get(1));
          }
        } else {
          System.arraycopy(Hist1D.variations(spec.name(), spec.axes().get(0), count), 0, one,
              c * nvar, count);
        }
      }
      h1[h] = twoD ? null : one;
      h2[h] = twoD ? two : null;
    }
    this.cols = new ColumnBuffer[layout.columns().size()][ncat];
    for (int k = 0; k < cols.length; k++) {
      KernelLayout.ColumnSpec spec = layout.columns().get(k);
      // A column of the other kind of events is never filled, so it gets no buffer: a table of
      // data events has no weight variations and no simulation-only columns.
      if (spec.on() == (mc ? EventKind.DATA : EventKind.MC)) {
        continue;
      }
      for (int c = 0; c < ncat; c++) {
        if (spec.categories().contains(layout.categories().get(c))) {
          cols[k][c] = new ColumnBuffer();
        }
      }
    }
  }

  /** Empty outputs for {@code layout}; {@code isMC} decides whether variations are kept. */
  public static KernelOutputs create(KernelLayout layout, boolean isMC) {
    return new KernelOutputs(layout, isMC);
  }

  /** The layout. */
  public KernelLayout layout() {
    return layout;
  }

  /** Whether these are simulation outputs. */
  public boolean isMC() {
    return mc;
  }

  /** Number of variations stored: all for simulation, 1 for data. */
  public int variationCount() {
    return nvar;
  }

  /** Live: events passing each cut-flow row. */
  public long[] cutflowCounts() {
    return cutflow;
  }

  /** Live: generator-weight sum of the events passing each cut-flow row (simulation). */
  public double[] cutflowSumw() {
    return cutflowSumw;
  }

  /** Live: events per category. */
  public long[] categoryCounts() {
    return counts;
  }

  /** Live: sum of weights per category and variation, index {@code c * variationCount() + v}. */
  public double[] sumw() {
    return sumw;
  }

  /** Live: sum of squared weights, indexed as {@link #sumw()}. */
  public double[] sumw2() {
    return sumw2;
  }

  /** Live: histogram {@code h} per category and variation (null where not filled). */
  public Hist1D[] hist1d(int h) {
    return h1[h];
  }

  /** Live: 2D histogram {@code h} per category and variation (null where not filled). */
  public Hist2D[] hist2d(int h) {
    return h2[h];
  }

  /** Live: exported column {@code k} per category (null where not exported). */
  public ColumnBuffer[] columns(int k) {
    return cols[k];
  }

  /** Events passing the cut-flow row {@code cut}. */
  public long cutflow(String cut) {
    return cutflow[indexOf(layout.cutflow(), cut)];
  }

  /** Sum of weights of {@code category} for {@code variation}. */
  public double sumw(String category, String variation) {
    return sumw[indexOf(layout.categories(), category) * nvar
        + indexOf(layout.variations(), variation)];
  }

  /** Sum of squared weights of {@code category} for {@code variation}. */
  public double sumw2(String category, String variation) {
    return sumw2[indexOf(layout.categories(), category) * nvar
        + indexOf(layout.variations(), variation)];
  }

  /** A 1D histogram by name, category and variation. */
  public Hist1D hist1d(String name, String category, String variation) {
    return hist1d(histIndex(name))[indexOf(layout.categories(), category) * nvar
        + indexOf(layout.variations(), variation)];
  }

  /** A 2D histogram by name, category and variation. */
  public Hist2D hist2d(String name, String category, String variation) {
    return hist2d(histIndex(name))[indexOf(layout.categories(), category) * nvar
        + indexOf(layout.variations(), variation)];
  }

  /** An exported column by name and category. */
  public ColumnBuffer column(String name, String category) {
    for (int k = 0; k < layout.columns().size(); k++) {
      if (layout.columns().get(k).name().equals(name)) {
        return cols[k][indexOf(layout.categories(), category)];
      }
    }
    throw new IllegalArgumentException("no column '" + name + "'");
  }

  /** Empties every column buffer, once their values are written out; their storage is kept. */
  public void clearColumns() {
    for (ColumnBuffer[] perCategory : cols) {
      for (ColumnBuffer b : perCategory) {
        if (b != null) {
          b.clear();
        }
      }
    }
  }

  /** New outputs holding {@code this + other}, added in that order. */
  public KernelOutputs merge(KernelOutputs other) {
    checkMergeable(other);
    KernelOutputs out = new KernelOutputs(layout, mc);
    addTo(out);
    other.addTo(out);
    return out;
  }

  /**
   * Adds {@code other} to these outputs in place and returns them. Accumulating item results into
   * outputs that started empty gives the same bits as a chain of {@link #merge} calls in the same
   * order, without copying everything gathered so far on every step (which made runs with
   * {@code @ColOut} columns quadratic in the number of work items).
   */
  public KernelOutputs add(KernelOutputs other) {
    checkMergeable(other);
    if (other == this) {
      throw new IllegalArgumentException("cannot add outputs to themselves");
    }
    other.addTo(this);
    return this;
  }

  private void checkMergeable(KernelOutputs other) {
    if (other.layout != layout && !other.layout.equals(layout) || other.mc != mc) {
      throw new IllegalArgumentException("cannot merge outputs of different layouts");
    }
  }

  private void addTo(KernelOutputs o) {
    for (int i = 0; i < cutflow.length; i++) {
      o.cutflow[i] += cutflow[i];
      o.cutflowSumw[i] += cutflowSumw[i];
    }
    for (int i = 0; i < counts.length; i++) {
      o.counts[i] += counts[i];
    }
    for (int i = 0; i < sumw.length; i++) {
      o.sumw[i] += sumw[i];
      o.sumw2[i] += sumw2[i];
    }
    for (int h = 0; h < h1.length; h++) {
      for (int i = 0; i < counts.length * nvar; i++) {
        if (h1[h] != null && h1[h][i] != null) {
          h1[h][i].addTo(o.h1[h][i]);
        }
        if (h2[h] != null && h2[h][i] != null) {
          h2[h][i].addTo(o.h2[h][i]);
        }
      }
    }
    for (int k = 0; k < cols.length; k++) {
      for (int c = 0; c < counts.length; c++) {
        if (cols[k][c] != null) {
          o.cols[k][c].addAll(cols[k][c]);
        }
      }
    }
  }

  private int histIndex(String name) {
    for (int h = 0; h < layout.histograms().size(); h++) {
      if (layout.histograms().get(h).name().equals(name)) {
        return h;
      }
    }
    throw new IllegalArgumentException("no histogram '" + name + "'");
  }

  private static int indexOf(List<String> names, String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("unknown name '" + name + "', expected one of " + names);
    }
    return i;
  }
}
