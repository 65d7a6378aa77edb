/**
 * A pure-Java evaluator for correctionlib (schema v2) files, the format of CMS scale factors, pile-up
 * weights and jet energy corrections. {@link org.cortado.runtime.corrections.CorrectionSet} reads a
 * plain or gzipped file into immutable, thread-safe trees with the reference semantics of
 * correctionlib 2.9 (bins are {@code [low, high)}, TFormula parsed once and shared, HashPRNG
 * bit-exact); analysis code binds the string inputs of a correction once and then evaluates it per
 * object without allocating. Load problems surface as
 * {@link org.cortado.runtime.corrections.CorrectionFormatException}, bad arguments as
 * {@link org.cortado.runtime.corrections.CorrectionEvaluationException}.
 */
package org.cortado.runtime.corrections;
