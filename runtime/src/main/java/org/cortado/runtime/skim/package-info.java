/**
 * Skims ({@code cortado run --save-skimmed DIR}, PocketCoffea's {@code save_skimmed_files}): the
 * events that pass an analysis's skim stage, written as NanoAOD ROOT files that ROOT and uproot
 * read. {@link org.cortado.runtime.skim.SkimFiles} writes one file per work item,
 * {@code DIR/<dataset>/part-<n>_<input>.root}, each atomically, with all branches of the input or
 * the chosen ones ({@link org.cortado.runtime.skim.BranchSelection}) and the input's
 * {@code Runs} and {@code LuminosityBlocks} trees unchanged (in the part of the file's first
 * entries only, so that their sums over the skimmed files are the inputs'); then
 * {@code DIR/datasets.json}, last, which marks the folder complete: the same datasets with
 * {@code isSkim} and the generator-weight sum of the events the run read, so that re-running the
 * analysis on the skims normalises simulation as the direct run did.
 */
package org.cortado.runtime.skim;
