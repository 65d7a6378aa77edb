package org.cortado.processor.validation.rules;

import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Every column names a schema branch or a column of the analysis; suggests the closest name, or
 * how to use a schema that has the branch. Column outputs report their own fields.
 */
public final class ColumnExistsRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (RefSite r : RefSite.of(model)) {
      if (r.ref().problem() == ColumnRef.Problem.UNKNOWN && !r.label().equals("@ColOut")) {
        report.error(Diagnostic.COLUMN_UNKNOWN, r.value(), r.ref().requested(),
            model.catalogue().schema().name(), Diagnostic.didYouMeanOrSchema(r.ref().detail()));
      }
    }
  }
}
