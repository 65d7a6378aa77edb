package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.CategoryModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.DerivedModel;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.model.Site;
import org.cortado.processor.model.WeightModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Names of cuts, collections, derived columns, categories, weights and histograms are unique in
 * their kind, and collections do not take the name of a NanoAOD collection. One exception: a
 * per-object standard weight may be declared once per collection under one name (b-tag scale
 * factors of central and forward jets), which makes one weight whose variations move together.
 */
public final class UniqueNamesRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    Set<String> seen = new HashSet<>();
    for (CutModel c : model.cuts()) {
      dup("@Cut", c.name(), c.site().at("name"), seen, report);
    }
    seen.clear();
    for (CollectionModel c : model.collections()) {
      String kind = c.selection() ? "@ObjectSelection" : "@Merge";
      if (model.catalogue().schema().counterOf(c.name()).isPresent()) {
        report.error(Diagnostic.NAME_SHADOWS_NANOAOD, c.site().at("name"), kind, c.name(),
            "collection");
      }
      dup(kind, c.name(), c.site().at("name"), seen, report);
    }
    seen.clear();
    for (DerivedModel d : model.derived()) {
      dup("@Derived", d.columnName(), d.site().at("name"), seen, report);
    }
    seen.clear();
    for (CategoryModel c : model.categories()) {
      dup("category", c.name(), c.site(), seen, report);
    }
    List<WeightModel> earlier = new ArrayList<>();
    for (WeightModel w : model.weights()) {
      for (WeightModel e : earlier) {
        if (e.name().equals(w.name()) && !oneWeight(e, w)) {
          report.error(Diagnostic.DUPLICATE_NAME, w.site().at("name"), "@Weight", w.name(),
              "@Weight");
          break;
        }
      }
      earlier.add(w);
    }
    seen.clear();
    for (HistogramModel h : model.histograms()) {
      dup("@Histogram", h.name(), h.site().at("name"), seen, report);
    }
  }

  /** Two declarations of one per-object standard weight, on different collections. */
  private static boolean oneWeight(WeightModel a, WeightModel b) {
    return a.isStandard() && a.standard() == b.standard() && a.standard().perObject()
        && !a.collection().equals(b.collection()) && a.categories().equals(b.categories())
        && a.samples().equals(b.samples());
  }

  private static void dup(String kind, String name, Site site, Set<String> seen,
      ValidationReport.Builder report) {
    if (!seen.add(name)) {
      report.error(Diagnostic.DUPLICATE_NAME, site, kind, name, kind);
    }
  }
}
