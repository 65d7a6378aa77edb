package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.cortado.params.EditDistance;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.CategoryModel;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.model.Ref;
import org.cortado.processor.model.WeightModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Categories and multi-cuts name declared cuts; weights, histograms and column outputs name
 * declared categories; a multi-cut has one short name per cut or none.
 */
public final class CategoryReferenceRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    List<String> cuts = new ArrayList<>();
    for (CutModel c : model.cuts()) {
      cuts.add(c.name());
    }
    List<String> categories = new ArrayList<>();
    for (CategoryModel c : model.categories()) {
      categories.add(c.name());
      for (Ref r : c.cuts()) {
        if (!cuts.contains(r.name())) {
          report.error(Diagnostic.CATEGORY_UNKNOWN_CUT, r.site(), c.annotation(), r.name(),
              Diagnostic.didYouMean(EditDistance.closest(r.name(), cuts)));
        }
      }
    }
    for (AnalysisModel.MultiCutModel mc : model.multiCuts()) {
      if (mc.cutsNames() != 0 && mc.cutsNames() != mc.cuts().size()) {
        report.error(Diagnostic.MULTICUT_NAMES_MISMATCH, mc.site().at("cutsNames"), mc.name(),
            mc.cuts().size(), mc.cutsNames());
      }
    }
    for (WeightModel w : model.weights()) {
      refs("Weight", w.categories(), categories, report);
    }
    for (HistogramModel h : model.histograms()) {
      refs("Histogram", h.categories(), categories, report);
    }
    for (ColOutModel c : model.colOuts()) {
      refs("ColOut", c.categories(), categories, report);
    }
  }

  private static void refs(String annotation, List<Ref> refs, List<String> known,
      ValidationReport.Builder report) {
    for (Ref r : refs) {
      if (!known.contains(r.name())) {
        report.error(Diagnostic.CATEGORY_UNKNOWN, r.site(), annotation, r.name(),
            Diagnostic.didYouMean(EditDistance.closest(r.name(), known)));
      }
    }
  }
}
