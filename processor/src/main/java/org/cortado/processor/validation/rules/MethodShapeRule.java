package org.cortado.processor.validation.rules;

import javax.lang.model.type.TypeKind;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.LeafType;
import org.cortado.processor.model.MethodModel;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.Site;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** User methods are static, not private, take only {@code @Col} parameters, return the right kind. */
public final class MethodShapeRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (Uses u : Uses.of(model)) {
      MethodModel m = u.method();
      Site site = Site.of(m.element());
      if (!m.isStatic()) {
        report.error(Diagnostic.METHOD_NOT_STATIC, site, u.annotation(), m.name());
      }
      if (m.isPrivate()) {
        report.error(Diagnostic.METHOD_PRIVATE, site, u.annotation(), m.name());
      }
      for (ParamModel p : m.params()) {
        if (p.col() == null && p.param() == null) {
          report.error(Diagnostic.PARAM_NOT_COLUMN, Site.of(p.element()), p.name(), m.name());
        }
      }
      TypeKind r = m.returnKind();
      switch (u.role()) {
        case CUT -> {
          if (r != TypeKind.BOOLEAN) {
            report.error(Diagnostic.CUT_NOT_BOOLEAN, site, m.name(), m.returnText());
          }
        }
        case SELECTION -> {
          if (r != TypeKind.BOOLEAN) {
            report.error(Diagnostic.SELECTION_NOT_BOOLEAN, site, m.name(), m.returnText());
          }
        }
        case WEIGHT, VARIATION -> {
          if (r != TypeKind.FLOAT && r != TypeKind.DOUBLE) {
            report.error(Diagnostic.WEIGHT_NOT_NUMBER, site, m.name(), m.returnText());
          }
        }
        case DERIVED -> {
          if (LeafType.of(r) == null) {
            report.error(Diagnostic.DERIVED_NOT_VALUE, site, m.name(), m.returnText());
          }
        }
        case HISTOGRAM -> {
          if (!r.isPrimitive() || r == TypeKind.BOOLEAN || r == TypeKind.CHAR) {
            report.error(Diagnostic.HISTOGRAM_NOT_NUMBER, site, m.name(), m.returnText());
          }
        }
      }
    }
  }
}
