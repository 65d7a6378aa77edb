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

/**
 * Per-object columns are read per object or by position, per-event columns without a position,
 * object loops read only their own collection, and skim cuts read no selected collection.
 */
public final class ColumnAccessRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (Uses u : Uses.of(model)) {
      for (ParamModel p : u.method().params()) {
        if (p.ref() != null) {
          check(p.ref(), p.col().at("value"), p.col().at("pos"), report);
        }
      }
    }
    for (HistogramModel h : model.histograms()) {
      for (AxisModel a : h.axes()) {
        if (a.ref() != null) {
          check(a.ref(), a.site().at("field"), a.site().at("pos"), report);
        }
      }
    }
  }

  private static void check(ColumnRef ref, Site value, Site pos, ValidationReport.Builder r) {
    switch (ref.problem()) {
      case NEEDS_POS -> r.error(Diagnostic.COLUMN_NEEDS_POS, value, ref.requested(), ref.detail());
      case POS_ON_EVENT -> r.error(Diagnostic.COLUMN_POS_ON_EVENT, pos, ref.requested(), ref.pos());
      case WRONG_COLLECTION ->
          r.error(Diagnostic.COLUMN_WRONG_COLLECTION, value, ref.requested(), ref.detail());
      case NOT_YET_BUILT ->
          r.error(Diagnostic.COLUMN_NOT_YET_BUILT, value, ref.requested(), ref.detail());
      default -> { }
    }
  }
}
