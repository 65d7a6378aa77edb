package org.cortado.runtime.weights;

/**
 * The variations of the object a weight evaluator last evaluated. Generated weight code asks for
 * the nominal value of an object with its arguments, then for its {@code up()} and {@code down()}
 * without: one evaluation per object, whatever the number of variations.
 */
final class KeptVariations {
  private KeptVariations() {}

  /** Value {@code k} of the kept {@code values}; null while nothing was evaluated. */
  static double get(double[] values, int k) {
    if (values == null) {
      throw new IllegalStateException("a variation was asked for before any nominal value");
    }
    return values[k];
  }
}
