package org.cortado.processor.validation.rules;

import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.CalibrationModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.Field;
import org.cortado.processor.model.LeafType;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.Site;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * A parameter's Java type is exactly its column's type: no silent conversions. A column a
 * calibrator replaces is a {@code double}, whatever the file stores.
 */
public final class ColumnTypeRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    // A calibrator that could not be planned makes its columns' types unknown: asking for double
    // may be right, and that calibrator's own error is the one to fix.
    boolean unplanned = model.calibration().issues().stream()
        .anyMatch(i -> i.kind() == CalibrationModel.Kind.PLAN_FAILED);
    for (RefSite r : RefSite.of(model)) {
      ParamModel p = r.param();
      ColumnRef ref = r.ref();
      if (p == null || ref.type() == null || ref.kind() == ColumnRef.Kind.INVALID
          || ref.kind() == ColumnRef.Kind.FLAGS || p.leaf() == ref.type()
          || (unplanned && p.leaf() == LeafType.DOUBLE)) {
        continue;
      }
      boolean branch = ref.field().storage() == Field.Storage.BRANCH;
      String what = branch ? ref.field().describe() : ref.requested();
      String type = ref.type().javaName();
      String calibrator = branch ? model.calibration().calibratorOf(ref.field().branches().first())
          .orElse("") : "";
      report.error(Diagnostic.COLUMN_WRONG_TYPE, Site.of(p.element()), what,
          calibrator.isEmpty() ? type : type + " once " + calibrator + " has calibrated it",
          p.name(), p.typeText(), type);
    }
  }
}
