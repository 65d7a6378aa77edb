package org.cortado.processor.validation.rules;

import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AxisModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * One or two axes (one on a method); declarative axes name a field, method axes do not; the
 * per-object axes of one histogram share a collection.
 */
public final class HistogramAxisRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (HistogramModel h : model.histograms()) {
      int n = h.axes().size();
      if (n == 0 || n > 2 || (h.method() != null && n != 1)) {
        report.error(Diagnostic.HISTOGRAM_AXIS_COUNT, h.site().at("axes"), h.name(), n);
        continue;
      }
      String perObject = null;
      for (AxisModel a : h.axes()) {
        if (h.method() == null && a.field().isEmpty()) {
          report.error(Diagnostic.HISTOGRAM_AXIS_NO_FIELD, a.site().site(), a.name(), h.name());
        }
        if (h.method() != null && (!a.field().isEmpty() || !a.coll().isEmpty() || a.pos() >= 0)) {
          report.error(Diagnostic.HISTOGRAM_METHOD_AXIS_FIELD,
              a.site().at(a.field().isEmpty() ? (a.coll().isEmpty() ? "pos" : "coll") : "field"),
              a.name(), h.name());
        }
        if (a.ref() != null && a.ref().kind() == ColumnRef.Kind.ELEMENT) {
          if (perObject != null && !perObject.equals(a.ref().collection())) {
            report.error(Diagnostic.HISTOGRAM_MIXED_COLLECTIONS, a.site().at("coll"), h.name(),
                perObject, a.ref().collection());
          }
          perObject = a.ref().collection();
        }
      }
    }
  }
}
