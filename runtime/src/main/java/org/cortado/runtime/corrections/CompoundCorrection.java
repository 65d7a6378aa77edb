package org.cortado.runtime.corrections;

/**
 * A chain of corrections evaluated in order, each stage updating some real inputs with its result
 * and the results combined into one output; the CMS JEC {@code L1L2L3Res} chains are of this kind.
 */
public final class CompoundCorrection extends CorrectionFunction {

  CompoundCorrection(Signature signature, String description, Variable output, Node root) {
    super(signature, description, output, root);
  }
}
