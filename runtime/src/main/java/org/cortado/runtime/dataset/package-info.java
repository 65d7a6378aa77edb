/**
 * Datasets in PocketCoffea's built-dataset JSON shape: a map from dataset name to
 * {@code {metadata: {sample, year, isMC, xsec | era, sum_genweights, nevents, ...}, files: [...]}},
 * with metadata values that may be strings ({@code "True"}, {@code "6077.22"}) as PocketCoffea
 * writes them. {@link org.cortado.runtime.dataset.DatasetCatalog} reads, filters and writes such
 * files; {@link org.cortado.runtime.dataset.DatasetScanner} builds an entry from local ROOT files.
 * The executor ({@code org.cortado.runtime.exec}) turns the listed files into work items.
 */
package org.cortado.runtime.dataset;
