package org.cortado.processor.validation.rules;

import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.Site;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** A parameter's Java type is exactly its column's leaf type: no silent conversions. */
public final class ColumnTypeRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (Uses u : Uses.of(model)) {
      for (ParamModel p : u.method().params()) {
        ColumnRef ref = p.ref();
        if (ref == null || ref.kind() == ColumnRef.Kind.INVALID) {
          continue;
        }
        if (p.leaf() != ref.type()) {
          String what = ref.kind() == ColumnRef.Kind.COUNT ? "a count" : ref.branch();
          report.error(Diagnostic.COLUMN_WRONG_TYPE, Site.of(p.element()),
              ref.kind() == ColumnRef.Kind.COUNT ? ref.requested() : what,
              ref.type().javaName(), p.name(), p.typeText(), ref.type().javaName());
        }
      }
    }
  }
}
