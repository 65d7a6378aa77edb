/**
 * Histograms filled by generated kernels: {@link org.cortado.runtime.histograms.Hist1D} and
 * {@link org.cortado.runtime.histograms.Hist2D} over an {@link org.cortado.runtime.histograms.Axis}
 * (regular, variable, integer or integer-category), with sum of weights and sum of squared
 * weights per bin including underflow and overflow, as {@code hist}'s {@code Weight} storage.
 * Merging adds bin by bin in a fixed order, so results do not depend on the executor.
 */
package org.cortado.runtime.histograms;
