/**
 * A run's output folder, replaced whole or not at all ({@link org.cortado.runtime.output.OutputFolder}:
 * written beside it, then renamed into place), so a failed, killed or disk-starved run leaves the
 * previous folder as it was, and locked so that two runs never write it at once:
 * <ul>
 *   <li>{@code histograms.json}: per histogram its axes and, keyed like PocketCoffea
 *       (sample, dataset, category, variation), {@code sumw} and {@code sumw2} with the
 *       underflow bin first and the overflow bin last, simulation normalised;
 *   <li>{@code histograms.root}: the same histograms as TH1D/TH2D at
 *       {@code variable/sample/dataset/category/variation} (nested directories); an
 *       integer-category axis becomes unit bins on {@code [0, n)}, bin k holding the k-th value
 *       (see {@code HistogramsRoot});
 *   <li>{@code cutflow.json}: per dataset the cut-flow counts, generator-weight sums, per
 *       category the event count and normalised sums of weights, and the normalisation used;
 *   <li>{@code columns/<dataset>/<category>/part-NNNNN.parquet}: {@code @ColOut} columns, one
 *       row per event (object fields as lists, {@code <Coll>_N} sizes, fixed positions
 *       {@code <Coll>_<f>_<k>}), with the branch types ({@code FLOAT}, {@code INT32},
 *       {@code BOOLEAN}, ...); one part per work item that selected events, written by the worker
 *       that processed it (as PocketCoffea's per-chunk dump), parts in event order by name, so the
 *       folder reads as one table ({@code pyarrow.parquet.read_table(folder)});
 *   <li>{@code columns/<dataset>/<category>.<Coll>/part-NNNNN.parquet}: the fields of a
 *       {@code @ColOut(flatten = true)}, one row per object (unflatten with {@code <Coll>_N});
 *   <li>{@code config.json}: the analysis layout, datasets and run options;
 *   <li>{@code parameters_dump.yaml}: the merged parameters;
 *   <li>{@code raw_results.bin}: the typed results before normalisation (raw sums of weights and
 *       their squares per bin, cut flows, generator-weight sums) and the inputs of the
 *       normalisation, which {@code cortado merge} adds ({@code RawResults});
 *   <li>{@code run.json}: versions, git commit, wall time, rate, the files and entries skipped
 *       under {@code --skip-bad-files} ({@code failures}) and how they enter the normalisation.
 * </ul>
 * {@link org.cortado.runtime.output.OutputWriter} writes a folder,
 * {@link org.cortado.runtime.output.OutputFolder} puts it in place,
 * {@link org.cortado.runtime.output.OutputMerger} combines several.
 */
package org.cortado.runtime.output;
