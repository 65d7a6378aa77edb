package org.cortado.runtime.exec;

import java.io.Serializable;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * The merged, unscaled outputs of one dataset and the factor that normalises them: for
 * simulation whose events carry the {@code genWeight} standard weight, {@code 1 / sumGenweights}
 * (PocketCoffea's normalisation; luminosity and cross-section enter as the {@code lumi} and
 * {@code XS} weights, when the analysis declares them); otherwise 1. Histogram and category sums
 * of weights are multiplied by {@code scale}, sums of squared weights by its square; event counts
 * never.
 *
 * @param sumGenweights generator-weight sum used: of the processed events, or the dataset's
 *     metadata value for skims; 0 for data
 * @param lumi integrated luminosity in pb^-1 of the simulation's period, when the parameters give
 *     it (the {@code lumi} weight needs it), else 0; 0 for data
 * @param normalised whether {@code scale} is {@code 1 / sumGenweights}
 */
public record DatasetResult(Dataset dataset, KernelOutputs outputs, double sumGenweights,
    double lumi, double scale, boolean normalised) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The normalisation of {@code out}, the merged outputs of {@code d}, worked out once for a run
   * and again, from the same inputs, by {@code cortado merge}. The generator-weight sum is that of
   * the events processed, except for a skim, whose metadata counts the events before skimming.
   *
   * @param byGenWeight whether the analysis weights simulation by {@code genWeight}
   * @throws IllegalStateException if the processed events' generator weights sum to 0
   */
  public static DatasetResult of(Dataset d, KernelOutputs out, double lumi, boolean byGenWeight) {
    if (!d.isMC()) {
      return new DatasetResult(d, out, 0, 0, 1, false);
    }
    double sum = fromMetadata(d) ? d.metadata().sumGenweights().getAsDouble()
        : out.cutflowSumw()[0];
    if (!byGenWeight) {
      return new DatasetResult(d, out, sum, lumi, 1, false);
    }
    if (sum == 0) {
      if (out.cutflowCounts()[0] == 0) {
        return new DatasetResult(d, out, 0, lumi, 0, true);
      }
      throw new IllegalStateException("dataset '" + d.name() + "': the generator weights of its "
          + out.cutflowCounts()[0] + " processed events sum to 0, so it cannot be normalised");
    }
    return new DatasetResult(d, out, sum, lumi, 1 / sum, true);
  }

  private Object writeReplace() {
    return new Form(DatasetForm.of(dataset, true), outputs, sumGenweights, lumi, scale, normalised);
  }

  /** What is written: the dataset as plain values. */
  private record Form(DatasetForm dataset, KernelOutputs outputs, double sumGenweights,
      double lumi, double scale, boolean normalised) implements Serializable {
    private Object readResolve() {
      return new DatasetResult(dataset.dataset(), outputs, sumGenweights, lumi, scale, normalised);
    }
  }

  /** Whether the generator-weight sum of {@code d} comes from its metadata: it is a skim. */
  static boolean fromMetadata(Dataset d) {
    return d.metadata().isSkim() && d.metadata().sumGenweights().isPresent();
  }
}
