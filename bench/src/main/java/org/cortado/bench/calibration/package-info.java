/**
 * JMH benchmarks of the jet energy calibration and type-1 MET in
 * {@code org.cortado.runtime.calibration}: nanoseconds per jet for
 * {@code JetCalibrator.calibrate}, without and with shape variations, and per event for the whole
 * chain with the MET.
 */
package org.cortado.bench.calibration;
