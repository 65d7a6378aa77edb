package org.cortado.processor.validation.rules;

import java.util.List;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.MethodModel;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.WeightModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** {@code up} and {@code down} come together, name existing methods, with the same signature. */
public final class WeightVariationPairRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (WeightModel w : model.weights()) {
      if (w.method() == null) {
        continue;
      }
      boolean hasUp = !w.up().isEmpty();
      boolean hasDown = !w.down().isEmpty();
      if (hasUp != hasDown) {
        String given = hasUp ? "up" : "down";
        report.error(Diagnostic.WEIGHT_UNPAIRED, w.site().at(given), w.name(), given,
            hasUp ? w.up() : w.down(), hasUp ? "down" : "up");
      }
      side(w, "up", w.up(), w.upMethod(), report, model);
      side(w, "down", w.down(), w.downMethod(), report, model);
    }
  }

  private static void side(WeightModel w, String attr, String name, MethodModel m,
      ValidationReport.Builder report, AnalysisModel model) {
    if (name.isEmpty()) {
      return;
    }
    if (m == null) {
      report.error(Diagnostic.WEIGHT_VARIATION_MISSING, w.site().at(attr), w.name(), attr, name,
          model.analysis().simpleName());
    } else if (!sameShape(w.method(), m)) {
      report.error(Diagnostic.WEIGHT_VARIATION_SIGNATURE, w.site().at(attr), attr, name,
          w.name(), w.method().name());
    }
  }

  private static boolean sameShape(MethodModel a, MethodModel b) {
    List<ParamModel> pa = a.params();
    List<ParamModel> pb = b.params();
    if (pa.size() != pb.size() || a.returnKind() != b.returnKind()) {
      return false;
    }
    for (int i = 0; i < pa.size(); i++) {
      if (pa.get(i).param() != null || pb.get(i).param() != null) {
        if (pa.get(i).param() == null || pb.get(i).param() == null
            || !pa.get(i).param().path().equals(pb.get(i).param().path())
            || !pa.get(i).typeText().equals(pb.get(i).typeText())) {
          return false;
        }
        continue;
      }
      if (!pa.get(i).typeText().equals(pb.get(i).typeText())
          || pa.get(i).ref() == null || pb.get(i).ref() == null
          || !pa.get(i).ref().requested().equals(pb.get(i).ref().requested())
          || pa.get(i).ref().pos() != pb.get(i).ref().pos()) {
        return false;
      }
    }
    return true;
  }
}
