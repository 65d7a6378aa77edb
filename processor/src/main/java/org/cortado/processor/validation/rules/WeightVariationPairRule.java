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
      return;
    }
    String difference = difference(w.method(), m);
    if (!difference.isEmpty()) {
      report.error(Diagnostic.WEIGHT_VARIATION_SIGNATURE, w.site().at(attr), attr, name,
          w.name(), w.method().name(), difference);
    }
  }

  /** The first difference between the nominal and a variation method, or empty. */
  private static String difference(MethodModel a, MethodModel b) {
    List<ParamModel> pa = a.params();
    List<ParamModel> pb = b.params();
    if (a.returnKind() != b.returnKind()) {
      return "it returns " + b.returnText() + ", not " + a.returnText();
    }
    if (pa.size() != pb.size()) {
      return "it has " + pb.size() + " parameters, not " + pa.size();
    }
    for (int i = 0; i < pa.size(); i++) {
      String x = describe(pa.get(i));
      String y = describe(pb.get(i));
      if (!x.equals(y)) {
        return "parameter " + (i + 1) + " is " + y + " there, " + x + " in '" + a.name() + "'";
      }
    }
    return "";
  }

  /** How a parameter reads: {@code float @Col("Muon_pt", pos = 0)} or {@code float @Param("a.b")}. */
  private static String describe(ParamModel p) {
    if (p.param() != null) {
      return p.typeText() + " @Param(\"" + p.param().path() + "\")";
    }
    if (p.ref() != null) {
      return p.typeText() + " @Col(\"" + p.ref().requested() + "\""
          + (p.ref().pos() >= 0 ? ", pos = " + p.ref().pos() : "") + ")";
    }
    return p.typeText() + " without @Col or @Param";
  }
}
