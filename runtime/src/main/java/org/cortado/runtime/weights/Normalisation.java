package org.cortado.runtime.weights;

import org.cortado.params.Params;
import org.cortado.runtime.kernel.ColumnChunk;

/**
 * Luminosity, cross-section and the generator-weight normalisation of simulated samples, as
 * PocketCoffea: each simulated event carries {@code genWeight × lumi × XS × ...} (the standard
 * weights {@code genWeight}, {@code lumi} and {@code XS}, when declared), and after all chunks of a
 * dataset are merged every yield and histogram of an analysis weighting by {@code genWeight} is
 * divided by the sum of {@code genWeight} over all processed events before any cut (the first
 * cut-flow row's sum of weights; {@code AnalysisRun} applies it). Luminosity is in
 * pb<sup>-1</sup>, cross-sections in pb, so the normalised yield is an expected number of events.
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
}
