/**
 * JMH benchmarks of the correctionlib evaluator in {@code org.cortado.runtime.corrections}:
 * the per-call cost of a bound scale-factor lookup and of a jet energy correction chain, with
 * {@code -prof gc} expected to show no allocation per call.
 */
package org.cortado.bench.corrections;
