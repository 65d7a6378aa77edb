package org.cortado.runtime.plot;

/**
 * One sample's 2D histogram for one variable, category and variation: the axes' labels and edges,
 * and the in-range sums of weights {@code sumw[ix][iy]}, summed over the sample's datasets.
 */
public record SampleHistogram2D(String sample, String xLabel, double[] xEdges, String yLabel,
    double[] yEdges, double[][] sumw) {
  public SampleHistogram2D {
    if (sumw.length != xEdges.length - 1
        || (sumw.length > 0 && sumw[0].length != yEdges.length - 1)) {
      throw new IllegalArgumentException("sample " + sample + ": contents do not match the edges");
    }
  }

  public double total() {
    double t = 0;
    for (double[] row : sumw) {
      for (double w : row) {
        t += w;
      }
    }
    return t;
  }
}
