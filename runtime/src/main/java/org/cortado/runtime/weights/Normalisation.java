package org.cortado.runtime.weights;

import org.cortado.params.Params;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * Luminosity, cross-section and the generator-weight normalisation of simulated samples, as
 * PocketCoffea: each simulated event carries {@code genWeight × lumi × XS × ...} (the standard
 * weights {@code genWeight}, {@code lumi} and {@code XS}), and after all chunks of a dataset are
 * merged every yield and histogram is divided by the sum of {@code genWeight} over all processed
 * events before any cut, {@link #sumGenWeights}. Luminosity is in pb<sup>-1</sup>, cross-sections in
 * pb, so the normalised yield is an expected number of events.
 */
public final class Normalisation {
  private Normalisation() {}

  /** The integrated luminosity of {@code year} in pb<sup>-1</sup>: {@code lumi.picobarns.<year>.tot}. */
  public static double lumi(Params params, String year) {
    if (year == null || year.isEmpty()) {
      throw new IllegalArgumentException("the lumi weight needs the data-taking period, but the"
          + " chunk has none; set it with ColumnChunk.Builder.year(\"2018\")");
    }
    return params.getDouble("lumi.picobarns." + year + ".tot");
  }

  /** The chunk's cross-section in pb, which must be known. */
  public static double xsec(ColumnChunk chunk) {
    double xs = chunk.xsec();
    if (Double.isNaN(xs)) {
      throw new IllegalArgumentException("the XS weight needs the sample's cross-section, but the"
          + " chunk of sample '" + chunk.sample() + "' has none; set it with"
          + " ColumnChunk.Builder.xsec(pb) (dataset metadata 'xsec')");
    }
    return xs;
  }

  /**
   * PocketCoffea's {@code sum_genweights}: the generator-weight sum of every processed event
   * before any cut, which the kernel keeps as the first cut-flow row of merged outputs.
   */
  public static double sumGenWeights(KernelOutputs merged) {
    return merged.cutflowSumw()[0];
  }

  /** The scale that normalises a dataset's yields: {@code 1 / sumGenWeights}. */
  public static double scale(double sumGenWeights) {
    if (!(sumGenWeights != 0) || Double.isNaN(sumGenWeights)) {
      throw new IllegalArgumentException("cannot normalise: the sum of generator weights is "
          + sumGenWeights);
    }
    return 1.0 / sumGenWeights;
  }

  /** The whole normalisation of an unweighted yield: {@code lumi × xsec / sumGenWeights}. */
  public static double factor(double lumiPb, double xsecPb, double sumGenWeights) {
    return lumiPb * xsecPb * scale(sumGenWeights);
  }
}
