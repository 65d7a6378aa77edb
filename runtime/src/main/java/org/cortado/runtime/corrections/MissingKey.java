package org.cortado.runtime.corrections;

/**
 * What a string category becomes when it is bound to a key it does not list and it has no
 * default. Failing at evaluation rather than at binding keeps branches that are never reached
 * (say, a working point only listed for one gen-match value) from breaking the whole binding.
 */
final class MissingKey extends Node {
  static final String PROBLEM = "is not a key of the Category, which has no default";

  private final int input;
  private final String shownKey;

  MissingKey(int input, String shownKey) {
    this.input = input;
    this.shownKey = shownKey;
  }

  @Override
  double eval(Inputs in) {
    Signature s = in.signature;
    throw new CorrectionEvaluationException("Correction '" + s.correction() + "': input '"
        + s.input(input).name() + "' = " + shownKey + " " + PROBLEM);
  }

  @Override
  Node bindStrings(String[] fixed) {
    return this;
  }
}
