package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import org.cortado.params.EditDistance;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AxisModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * One or two axes; declarative axes name a field or a method, axes filled from a method do not
 * name a field; axis methods exist; the two axes of a histogram on a method do not both take
 * its result; the per-object axes of one histogram share a collection.
 */
public final class HistogramAxisRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (HistogramModel h : model.histograms()) {
      int n = h.axes().size();
      if (n == 0 || n > 2) {
        report.error(Diagnostic.HISTOGRAM_AXIS_COUNT, h.site().at("axes"), h.name(), n);
        continue;
      }
      String perObject = null;
      for (AxisModel a : h.axes()) {
        boolean fromMethod = h.method() != null || a.hasMethod();
        if (!fromMethod && a.field().isEmpty()) {
          report.error(Diagnostic.HISTOGRAM_AXIS_NO_FIELD, a.site().site(), a.name(), h.name());
        }
        if (fromMethod && (!a.field().isEmpty() || !a.coll().isEmpty() || a.pos() >= 0)) {
          report.error(Diagnostic.HISTOGRAM_METHOD_AXIS_FIELD,
              a.site().at(a.field().isEmpty() ? (a.coll().isEmpty() ? "pos" : "coll") : "field"),
              a.name(), h.name());
        }
        if (a.hasMethod() && a.method() == null) {
          report.error(Diagnostic.HISTOGRAM_AXIS_METHOD_MISSING, a.site().at("method"), a.name(),
              h.name(), a.methodName(), model.analysis().simpleName(), Diagnostic.didYouMean(
                  EditDistance.closest(a.methodName(), methodNames(model))));
        }
        if (a.ref() != null && a.ref().kind() == ColumnRef.Kind.ELEMENT) {
          if (perObject != null && !perObject.equals(a.ref().collection())) {
            report.error(Diagnostic.HISTOGRAM_MIXED_COLLECTIONS, a.site().at("coll"), h.name(),
                perObject, a.ref().collection());
          }
          perObject = a.ref().collection();
        }
      }
      if (h.method() != null && n == 2 && !h.axes().get(0).hasMethod()
          && !h.axes().get(1).hasMethod()) {
        report.error(Diagnostic.HISTOGRAM_AXIS_NEEDS_METHOD, h.axes().get(1).site().site(),
            h.name(), h.method().name());
      }
    }
  }

  private static List<String> methodNames(AnalysisModel model) {
    List<String> out = new ArrayList<>();
    for (Element e : model.origin().getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD) {
        out.add(e.getSimpleName().toString());
      }
    }
    return out;
  }
}
