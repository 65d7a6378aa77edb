package org.cortado.processor.validation.rules;

import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AxisModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.Site;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** Every column names a schema branch, selection field or selection size; suggests the closest. */
public final class ColumnExistsRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (Uses u : Uses.of(model)) {
      for (ParamModel p : u.method().params()) {
        if (p.ref() != null) {
          check(p.ref(), p.col().at("value"), report);
        }
      }
    }
    for (HistogramModel h : model.histograms()) {
      for (AxisModel a : h.axes()) {
        if (a.ref() != null) {
          check(a.ref(), a.site().at("field"), report);
        }
      }
    }
    if (model.genWeight() != null) {
      check(model.genWeight(), model.site().at("genWeight"), report);
    }
  }

  private static void check(ColumnRef ref, Site site, ValidationReport.Builder report) {
    if (ref.problem() == ColumnRef.Problem.UNKNOWN) {
      report.error(Diagnostic.COLUMN_UNKNOWN, site, ref.requested(),
          Diagnostic.didYouMean(ref.detail()));
    }
  }
}
