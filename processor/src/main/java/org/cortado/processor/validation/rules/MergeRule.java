package org.cortado.processor.validation.rules;

import org.cortado.params.EditDistance;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.Catalogue;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.Field;
import org.cortado.processor.model.LeafType;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** A merge merges known collections and sorts by a number every one of them has. */
public final class MergeRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    Catalogue catalogue = model.catalogue();
    for (CollectionModel c : model.collections()) {
      if (c.selection()) {
        continue;
      }
      boolean known = true;
      for (int i = 0; i < c.sources().size(); i++) {
        String s = c.sources().get(i);
        if (!catalogue.isCollection(s)) {
          known = false;
          report.error(Diagnostic.MERGE_UNKNOWN_COLLECTION, c.site().at("collections", i),
              c.name(), s, Diagnostic.didYouMean(EditDistance.closest(s,
                  catalogue.allCollections())));
        }
      }
      if (!known || c.base().isEmpty()) {
        continue;
      }
      Field key = catalogue.field(c.name(), c.sortBy()).orElse(null);
      if (key == null || key.storage() != Field.Storage.MERGED || key.type() == LeafType.BOOLEAN) {
        report.error(Diagnostic.MERGE_BAD_SORT_BY, c.site().at("sortBy"), c.name(), c.sortBy(),
            key == null ? "" : " (it is " + key.type().javaName() + ")");
      }
    }
  }
}
