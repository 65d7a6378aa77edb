package org.cortado.runtime.corrections;

/** What a binning does with a value outside its edges. */
enum Flow {
  /** Use the first or last bin. */
  CLAMP,
  /** Fail the evaluation. */
  ERROR,
  /** Fold the value into the axis range (circular axes such as phi). */
  WRAP,
  /** Evaluate a separate content node. */
  VALUE;

  /** Signals that the flow node should be evaluated instead of a bin. */
  static final int USE_FLOW_NODE = -1;

  /**
   * Resolves an out-of-range {@code code} from {@link Axis#locate} or {@link Axis#wrap} to a bin,
   * or to {@link #USE_FLOW_NODE}, or throws for {@link #ERROR}.
   */
  int outOfRange(int code, Axis axis, Inputs in, int input, String nodeType) {
    switch (this) {
      case CLAMP:
        return code == Axis.UNDERFLOW ? 0 : axis.bins() - 1;
      case VALUE:
        return USE_FLOW_NODE;
      case WRAP:
        throw in.error(input, "cannot be wrapped into [" + axis.low() + ", " + axis.high() + ") of a "
            + nodeType + " with flow 'wrap'");
      default:
        throw in.error(input, code == Axis.UNDERFLOW
            ? "is below the lowest edge " + axis.low() + " of a " + nodeType + " with flow 'error'"
            : "is at or above the highest edge " + axis.high() + " of a " + nodeType
                + " with flow 'error'");
    }
  }
}
