/**
 * Jet energy calibration and type-1 MET as PocketCoffea's {@code JetsCalibrator} and
 * {@code METCalibrator} compute them (PocketCoffea bfe4447), on the arrays of a
 * {@link org.cortado.runtime.kernel.ColumnChunk}: jet energy corrections (JEC) from the JME
 * correctionlib files, the stochastic or scaling JER smearing with correctionlib's HashPRNG, JES
 * and JER shape variations, the re-sorting by calibrated pt, and the type-1 MET recomputed from
 * {@code RawMET} with the calibrated jets of each variation.
 *
 * <p>{@link org.cortado.runtime.calibration.JetCalibrator} and
 * {@link org.cortado.runtime.calibration.MetCalibrator} follow the factory / bind pattern of the
 * standard weights: a factory per run reads the parameters ({@code jets_calibration},
 * {@code met_calibration}) and loads the JME files lazily per period; a calibrator bound to one
 * chunk owns arrays sized once, and its per-event {@code calibrate} allocates nothing. Numbers
 * follow PocketCoffea's dtypes (float32 raw pt, float64 after the JEC) so that the JER random
 * numbers, which hash the bits of the corrected pt, come out the same.
 */
package org.cortado.runtime.calibration;
