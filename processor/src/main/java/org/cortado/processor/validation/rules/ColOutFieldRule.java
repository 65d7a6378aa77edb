package org.cortado.processor.validation.rules;

import java.util.List;
import org.cortado.params.EditDistance;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * A column output names a known collection (or none, for per-event columns) and columns it has:
 * fields of the collection, or per-event branches and derived columns.
 */
public final class ColOutFieldRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (ColOutModel c : model.colOuts()) {
      if (!c.collectionKnown()) {
        report.error(Diagnostic.COLOUT_UNKNOWN_COLLECTION, c.site().at("collection"),
            c.collection(), Diagnostic.didYouMean(EditDistance.closest(c.collection(),
                model.catalogue().allCollections())));
        continue;
      }
      for (int i = 0; i < c.columns().size(); i++) {
        if (c.refs().get(i).problem() != ColumnRef.Problem.UNKNOWN) {
          continue;
        }
        String f = c.columns().get(i);
        if (c.perEvent()) {
          report.error(Diagnostic.COLUMN_UNKNOWN, c.site().at("columns", i), f,
              model.catalogue().schema().name(),
              Diagnostic.didYouMeanOrSchema(c.refs().get(i).detail()));
        } else {
          report.error(Diagnostic.COLOUT_UNKNOWN_FIELD, c.site().at("columns", i),
              c.collection(), f, model.catalogue().base(c.collection()) + "_" + f,
              Diagnostic.didYouMean(EditDistance.closest(f, fields(model, c.collection()))));
        }
      }
    }
  }

  private static List<String> fields(AnalysisModel model, String collection) {
    String prefix = model.catalogue().base(collection) + "_";
    return model.catalogue().names().stream().filter(n -> n.startsWith(prefix))
        .map(n -> n.substring(prefix.length())).toList();
  }
}
