package org.cortado.runtime.datacard;

import java.util.Arrays;
import org.cortado.params.ParamNode;
import org.cortado.params.ParamType;
import org.cortado.runtime.plot.SampleHistogram;

/**
 * Coarser bins for the fit, as PocketCoffea's {@code rebin_hist}: either new edges, each of which
 * must be one of the histogram's edges (to within rounding), or a factor that merges that many
 * neighbouring bins. Bins outside new edges that do not span the old range are left out, as the
 * cards leave out the flow bins.
 */
record Rebin(double[] edges, int factor) {
  /** From the YAML value: a list of edges or a positive integer. */
  static Rebin read(ParamNode node) {
    if (node.type() == ParamType.INT) {
      long f = ((Number) node.value()).longValue();
      if (f < 1 || f > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(node.source() + ": rebin factor " + f + " must be a positive integer");
      }
      return new Rebin(null, (int) f);
    }
    if (!(node instanceof ParamNode.ListNode list) || list.items().size() < 2) {
      throw new IllegalArgumentException(node.source()
          + ": rebin takes a list of at least two bin edges or an integer factor");
    }
    double[] edges = new double[list.items().size()];
    for (int i = 0; i < edges.length; i++) {
      ParamNode item = list.items().get(i);
      if (!ParamType.FLOAT.accepts(item.type())) {
        throw new IllegalArgumentException(item.source() + ": rebin edge '" + item.value() + "' is not a number");
      }
      edges[i] = ((Number) item.value()).doubleValue();
      if (i > 0 && !(edges[i] > edges[i - 1])) {
        throw new IllegalArgumentException(item.source() + ": rebin edges must increase: "
            + edges[i - 1] + ", " + edges[i]);
      }
    }
    return new Rebin(edges, 0);
  }

  /**
   * For each new bin, the first old bin it takes; the last element is one past the last old bin.
   *
   * @throws IllegalArgumentException if an edge is not an old edge or the factor does not divide
   *     the bin count
   */
  int[] boundaries(double[] old, String histogram) {
    int bins = old.length - 1;
    if (edges == null) {
      if (bins % factor != 0) {
        throw new IllegalArgumentException("cannot merge the " + bins + " bins of '" + histogram
            + "' by " + factor + ": the factor must divide the bin count");
      }
      int[] out = new int[bins / factor + 1];
      Arrays.setAll(out, i -> i * factor);
      return out;
    }
    int[] out = new int[edges.length];
    for (int i = 0; i < edges.length; i++) {
      out[i] = edgeIndex(old, edges[i]);
      if (out[i] < 0) {
        throw new IllegalArgumentException("cannot rebin '" + histogram + "': " + edges[i]
            + " is not one of its edges" + nearest(old, edges[i]));
      }
    }
    return out;
  }

  /** {@code histogram} in the new bins. */
  SampleHistogram apply(SampleHistogram h, String histogram) {
    int[] at = boundaries(h.edges(), histogram);
    double[] e = new double[at.length];
    double[] w = new double[at.length - 1];
    double[] w2 = new double[at.length - 1];
    for (int j = 0; j < at.length; j++) {
      e[j] = h.edges()[at[j]];
    }
    for (int j = 0; j < w.length; j++) {
      for (int i = at[j]; i < at[j + 1]; i++) {
        w[j] += h.sumw()[i];
        w2[j] += h.sumw2()[i];
      }
    }
    return new SampleHistogram(h.sample(), e, w, w2);
  }

  /** The old edges on either side of {@code x}, to suggest a value. */
  private static String nearest(double[] old, double x) {
    int above = 0;
    while (above < old.length && old[above] < x) {
      above++;
    }
    if (above == 0 || above == old.length) {
      return " (they run from " + old[0] + " to " + old[old.length - 1] + ")";
    }
    return " (the nearest are " + old[above - 1] + " and " + old[above] + ")";
  }

  /** The index of the old edge equal to {@code x} to within numpy's {@code isclose}, or -1. */
  private static int edgeIndex(double[] old, double x) {
    for (int i = 0; i < old.length; i++) {
      if (Math.abs(old[i] - x) <= 1e-8 + 1e-5 * Math.abs(x)) {
        return i;
      }
    }
    return -1;
  }
}
