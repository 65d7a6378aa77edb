package org.cortado.runtime.exec;

import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * The merged, unscaled outputs of one dataset and the factor that normalises them: for
 * simulation {@code lumi * xsec / sumGenweights} (PocketCoffea divides by the generator-weight
 * sum and weights by lumi and cross-section), for data 1. Histogram and category sums of weights
 * are multiplied by {@code scale}, sums of squared weights by its square; event counts never.
 *
 * @param sumGenweights generator-weight sum used: of the processed events, or the dataset's
 *     metadata value for skims; 0 for data
 * @param lumi integrated luminosity in pb^-1 used for simulation, 0 for data
 */
public record DatasetResult(Dataset dataset, KernelOutputs outputs, double sumGenweights,
    double lumi, double scale) {}
