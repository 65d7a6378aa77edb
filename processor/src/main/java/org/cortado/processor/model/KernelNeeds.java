package org.cortado.processor.model;

/** What a model needs beyond columns, shared by the processor, validation and code generation. */
public final class KernelNeeds {
  private KernelNeeds() {}

  /**
   * Whether the analysis reads parameters: an {@code @Param}, a standard weight, the golden-JSON
   * mask, a name chosen by parameters, or a calibrator. Only then are parameter files loaded at
   * compile time, and only then does the generated kernel take a {@code Params}.
   */
  public static boolean params(AnalysisModel model) {
    if (model.goldenJson() || !model.paramRefs().isEmpty() || !model.choices().isEmpty()
        || !model.calibration().calibrators().isEmpty()) {
      return true;
    }
    for (WeightModel w : model.weights()) {
      if (w.isStandard()) {
        return true;
      }
    }
    return false;
  }
}
