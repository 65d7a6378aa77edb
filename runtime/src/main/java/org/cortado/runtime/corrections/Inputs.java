package org.cortado.runtime.corrections;

/**
 * The argument vector of one evaluation, one slot per declared input. Each input uses the array
 * of its declared type, so int inputs keep all 64 bits and reals keep their exact bit pattern
 * (HashPRNG hashes both). Transform nodes overwrite a slot and restore it afterwards, so an
 * instance is scratch space owned by one evaluation at a time and must not be shared by threads.
 */
final class Inputs {
  final Signature signature;
  final double[] real;
  final long[] integer;
  final String[] string;

  Inputs(Signature signature) {
    this.signature = signature;
    int n = signature.size();
    this.real = new double[n];
    this.integer = new long[n];
    this.string = new String[n];
  }

  /** Formats the current value of an input for an error message. */
  String valueOf(int index) {
    switch (signature.input(index).type()) {
      case REAL:
        return Double.toString(real[index]);
      case INT:
        return Long.toString(integer[index]);
      default:
        return "'" + string[index] + "'";
    }
  }

  CorrectionEvaluationException error(int index, String problem) {
    return new CorrectionEvaluationException("Correction '" + signature.correction() + "': input '"
        + signature.input(index).name() + "' = " + valueOf(index) + " " + problem);
  }
}
