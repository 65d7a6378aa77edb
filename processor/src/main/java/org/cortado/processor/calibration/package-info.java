/**
 * Calibrators as extensions of the processor: each {@link
 * org.cortado.processor.calibration.CalibratorExtension} says, for one analysis and its
 * parameters, which runtime objects it needs per chunk, which columns it replaces, which
 * collections it re-sorts, which branches it reads itself and which shape variations it offers
 * ({@link org.cortado.processor.calibration.CalibratorPlan}). Code generation wires any plan the
 * same way, so a new calibrator is one description here and one evaluator in the runtime. The
 * built-in ones are PocketCoffea's {@code jet_calibration} and {@code met_type1_calibration};
 * others are found with {@link java.util.ServiceLoader} on the processor path.
 */
package org.cortado.processor.calibration;
