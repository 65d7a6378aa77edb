package org.cortado.runtime.plot;

/**
 * One sample's histogram for one variable, category and variation: bin edges and the in-range sums of
 * weights and of squared weights (flow bins removed), summed over the sample's datasets.
 */
public record SampleHistogram(String sample, double[] edges, double[] sumw, double[] sumw2) {
  public SampleHistogram {
    if (edges.length != sumw.length + 1 || sumw.length != sumw2.length) {
      throw new IllegalArgumentException("sample " + sample + ": " + edges.length + " edges for " + sumw.length + " bins");
    }
  }

  public double total() {
    double t = 0;
    for (double w : sumw) {
      t += w;
    }
    return t;
  }

  /** This histogram plus {@code other}, bin by bin, under this one's name. */
  public SampleHistogram plus(SampleHistogram other) {
    double[] w = sumw.clone();
    double[] w2 = sumw2.clone();
    for (int i = 0; i < w.length; i++) {
      w[i] += other.sumw[i];
      w2[i] += other.sumw2[i];
    }
    return new SampleHistogram(sample, edges, w, w2);
  }
}
