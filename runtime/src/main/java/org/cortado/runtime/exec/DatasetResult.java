package org.cortado.runtime.exec;

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
    double lumi, double scale, boolean normalised) {}
