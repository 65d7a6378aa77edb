package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.EditDistance;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** An object selection selects from a NanoAOD collection or an earlier selection. */
public final class CollectionSourceRule implements ValidationRule {
  private final Iterable<String> nanoCollections;

  public CollectionSourceRule(Iterable<String> nanoCollections) {
    this.nanoCollections = nanoCollections;
  }

  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    List<String> known = new ArrayList<>();
    nanoCollections.forEach(known::add);
    for (CollectionModel c : model.collections()) {
      if (c.counter().isEmpty()) {
        report.error(Diagnostic.COLLECTION_UNKNOWN, c.site().at("collection"), c.source(),
            Diagnostic.didYouMean(EditDistance.closest(c.source(), known)));
      }
      known.add(c.name());
    }
  }
}
