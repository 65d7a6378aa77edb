/**
 * The standard weights of a CMS analysis, with PocketCoffea's names and variations, computed from
 * the parameters and the correction files they name: pile-up ({@link
 * org.cortado.runtime.weights.PileupWeight}), muon ID/ISO and electron ID/reco scale factors
 * ({@link org.cortado.runtime.weights.MuonScaleFactor}, {@link
 * org.cortado.runtime.weights.ElectronScaleFactor}), luminosity, cross-section and the
 * {@code 1 / sum of genWeight} normalisation ({@link org.cortado.runtime.weights.Normalisation}),
 * and the golden-JSON mask for data ({@link org.cortado.runtime.weights.GoldenJson}).
 *
 * <p>Analysts declare them with {@code @Weight(standard = StandardWeight.PILEUP)} and the generated
 * kernel drives them; they can also be used by hand. Every evaluator has the same life cycle:
 * <ol>
 *   <li>a {@code Factory} is made once per run from the merged {@code Params}; it is thread-safe
 *       and loads each period's correction file the first time it is needed (files are shared
 *       between factories through a process-wide cache);
 *   <li>{@code factory.bind(year)} gives an evaluator for one period, with its corrections bound
 *       to their string inputs; evaluators are cheap, allocation-free and <em>not</em>
 *       thread-safe, so kernels bind one per chunk;
 *   <li>{@code nominal(...)} evaluates one event or object, and {@code up()} and {@code down()}
 *       then give the variations at that event or object, without evaluating again.
 * </ol>
 * Values outside a correction's range throw {@code CorrectionEvaluationException}, as correctionlib
 * does; select objects within the scale factors' range.
 */
package org.cortado.runtime.weights;
