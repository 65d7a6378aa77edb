package org.cortado.processor.validation.rules;

import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.Field;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.Site;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** A parameter's Java type is exactly its column's type: no silent conversions. */
public final class ColumnTypeRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (RefSite r : RefSite.of(model)) {
      ParamModel p = r.param();
      ColumnRef ref = r.ref();
      if (p == null || ref.type() == null || ref.kind() == ColumnRef.Kind.INVALID
          || ref.kind() == ColumnRef.Kind.FLAGS || p.leaf() == ref.type()) {
        continue;
      }
      String what = ref.field().storage() == Field.Storage.BRANCH ? ref.field().describe()
          : ref.requested();
      report.error(Diagnostic.COLUMN_WRONG_TYPE, Site.of(p.element()), what,
          ref.type().javaName(), p.name(), p.typeText(), ref.type().javaName());
    }
  }
}
