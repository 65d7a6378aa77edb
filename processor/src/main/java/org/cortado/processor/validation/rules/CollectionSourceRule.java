package org.cortado.processor.validation.rules;

import org.cortado.params.EditDistance;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** An object selection selects from a NanoAOD collection or one the analysis declares. */
public final class CollectionSourceRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (CollectionModel c : model.collections()) {
      if (c.selection() && !model.catalogue().isCollection(c.source())) {
        report.error(Diagnostic.COLLECTION_UNKNOWN, c.site().at("collection"), c.source(),
            Diagnostic.didYouMean(EditDistance.closest(c.source(),
                model.catalogue().allCollections())));
      }
    }
  }
}
