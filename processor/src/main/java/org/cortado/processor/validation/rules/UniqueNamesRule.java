package org.cortado.processor.validation.rules;

import java.util.HashSet;
import java.util.Set;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.CategoryModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.model.Site;
import org.cortado.processor.model.WeightModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** Names of cuts, collections, categories, weights and histograms are unique in their kind. */
public final class UniqueNamesRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    Set<String> seen = new HashSet<>();
    for (CutModel c : model.cuts()) {
      dup("@Cut", c.name(), c.site().at("name"), seen, report);
    }
    seen.clear();
    for (CollectionModel c : model.collections()) {
      dup("@ObjectSelection", c.name(), c.site().at("name"), seen, report);
    }
    seen.clear();
    for (CategoryModel c : model.categories()) {
      dup("category", c.name(), c.site(), seen, report);
    }
    seen.clear();
    for (WeightModel w : model.weights()) {
      dup("@Weight", w.name(), w.site().at("name"), seen, report);
    }
    seen.clear();
    for (HistogramModel h : model.histograms()) {
      dup("@Histogram", h.name(), h.site().at("name"), seen, report);
    }
  }

  private static void dup(String kind, String name, Site site, Set<String> seen,
      ValidationReport.Builder report) {
    if (!seen.add(name)) {
      report.error(Diagnostic.DUPLICATE_NAME, site, kind, name, kind);
    }
  }
}
