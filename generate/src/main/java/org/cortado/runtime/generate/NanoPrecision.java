package org.cortado.runtime.generate;

/**
 * NanoAOD stores many floats with a shortened mantissa (the {@code precision} of a table variable
 * in CMSSW), which makes them compress far better. Generated branches that a real file rounds are
 * rounded the same way, so their values look like real ones and cost about as many bytes.
 */
final class NanoPrecision {
  private NanoPrecision() {}

  /** {@code value} as a float rounded to nearest with {@code bits} mantissa bits (1 to 22). */
  static float round(double value, int bits) {
    int dropped = 23 - bits;
    // Adding half of the last kept bit carries into the exponent when the mantissa overflows, as it should.
    int raw = Float.floatToRawIntBits((float) value) + (1 << (dropped - 1));
    return Float.intBitsToFloat(raw & -(1 << dropped));
  }
}
