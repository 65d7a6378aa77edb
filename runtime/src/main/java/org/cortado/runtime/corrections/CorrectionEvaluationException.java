package org.cortado.runtime.corrections;

/**
 * A correction was called with arguments it cannot evaluate: a wrong number or type of arguments,
 * a value outside a binning whose flow is {@code error}, or a category key that is neither listed
 * nor covered by a default. The message names the correction and the input (name and value).
 */
public final class CorrectionEvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CorrectionEvaluationException(String message) {
    super(message);
  }
}
