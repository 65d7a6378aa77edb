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
}
