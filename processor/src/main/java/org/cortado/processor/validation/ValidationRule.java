package org.cortado.processor.validation;

import org.cortado.processor.model.AnalysisModel;

/** One check over the model; adds every problem it finds to the report. */
public interface ValidationRule {
  void check(AnalysisModel model, ValidationReport.Builder report);
}
