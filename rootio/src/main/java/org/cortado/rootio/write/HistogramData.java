package org.cortado.rootio.write;

/**
 * A filled histogram to be written as TH1D or TH2D. {@code sumw} and {@code sumw2} include the
 * underflow and overflow bins in ROOT's order: {@code (x.bins + 2)} values for 1D, and
 * {@code (x.bins + 2) * (y.bins + 2)} with x varying fastest for 2D.
 */
public record HistogramData(String title, Axis x, Axis y, double[] sumw, double[] sumw2, double entries) {

  /** One axis: regular ({@code edges == null}) from {@code low} to {@code high}, or variable edges. */
  public record Axis(String title, int bins, double low, double high, double[] edges) {
    public Axis {
      if (bins < 1) {
        throw new IllegalArgumentException("an axis needs at least one bin, not " + bins);
      }
      if (edges != null) {
        if (edges.length != bins + 1) {
          throw new IllegalArgumentException(bins + " bins need " + (bins + 1) + " edges, not " + edges.length);
        }
        for (int i = 1; i < edges.length; i++) {
          if (!(edges[i] > edges[i - 1])) {
            throw new IllegalArgumentException("axis edges must increase: " + edges[i - 1] + ", " + edges[i]);
          }
        }
        low = edges[0];
        high = edges[bins];
        edges = edges.clone();
      } else if (!(high > low)) {
        throw new IllegalArgumentException("axis range [" + low + ", " + high + ") is empty");
      }
    }

    public static Axis regular(String title, int bins, double low, double high) {
      return new Axis(title, bins, low, high, null);
    }

    public static Axis variable(String title, double[] edges) {
      return new Axis(title, edges.length - 1, edges[0], edges[edges.length - 1], edges);
    }

    double center(int bin) {
      if (edges != null) {
        return 0.5 * (edges[bin - 1] + edges[bin]);
      }
      return low + (bin - 0.5) * (high - low) / bins;
    }
  }

  public HistogramData {
    int cells = (x.bins() + 2) * (y == null ? 1 : y.bins() + 2);
    if (sumw.length != cells || sumw2.length != cells) {
      throw new IllegalArgumentException("histogram '" + title + "' needs " + cells + " bins with flow, has "
          + sumw.length + " sums of weights and " + sumw2.length + " sums of squares");
    }
    sumw = sumw.clone();
    sumw2 = sumw2.clone();
  }

  public boolean is2D() {
    return y != null;
  }
}
