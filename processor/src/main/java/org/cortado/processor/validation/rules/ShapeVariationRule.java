package org.cortado.processor.validation.rules;

import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.CalibrationModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Every entry of {@code @Analysis(shapeVariations)} names a requested calibrator or a variation
 * one offers in the parameters, in every period of the analysis.
 */
public final class ShapeVariationRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (CalibrationModel.Issue i : model.calibration().issues()) {
      switch (i.kind()) {
        case UNKNOWN_VARIATION -> report.error(Diagnostic.SHAPE_VARIATION_UNKNOWN, i.at().site(),
            i.at().name(), i.detail().isEmpty() ? "none" : i.detail(),
            Diagnostic.didYouMean(i.suggestion()));
        case VARIATION_MISSING_IN_PERIOD -> report.error(Diagnostic.SHAPE_VARIATION_PERIODS,
            i.at().site(), i.at().name(), i.detail());
        default -> { }
      }
    }
  }
}
