package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.EditDistance;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** Column outputs name a known collection and fields that exist in it. */
public final class ColOutFieldRule implements ValidationRule {
  private final Iterable<String> nanoCollections;
  private final Iterable<String> branches;

  public ColOutFieldRule(Iterable<String> nanoCollections, Iterable<String> branches) {
    this.nanoCollections = nanoCollections;
    this.branches = branches;
  }

  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (ColOutModel c : model.colOuts()) {
      if (!c.collectionKnown()) {
        List<String> known = new ArrayList<>();
        nanoCollections.forEach(known::add);
        model.collections().forEach(x -> known.add(x.name()));
        report.error(Diagnostic.COLOUT_UNKNOWN_COLLECTION, c.site().at("collection"),
            c.collection(), Diagnostic.didYouMean(EditDistance.closest(c.collection(), known)));
        continue;
      }
      String raw = rawOf(model, c.collection());
      List<String> fields = new ArrayList<>();
      for (String b : branches) {
        if (b.startsWith(raw + "_")) {
          fields.add(b.substring(raw.length() + 1));
        }
      }
      for (int i = 0; i < c.columns().size(); i++) {
        ColumnRef ref = c.refs().get(i);
        if (ref.kind() == ColumnRef.Kind.INVALID) {
          String f = c.columns().get(i);
          report.error(Diagnostic.COLOUT_UNKNOWN_FIELD, c.site().at("columns", i), c.collection(),
              f, raw + "_" + f, Diagnostic.didYouMean(EditDistance.closest(f, fields)));
        }
      }
    }
  }

  private static String rawOf(AnalysisModel model, String collection) {
    for (CollectionModel m : model.collections()) {
      if (m.name().equals(collection)) {
        return m.raw();
      }
    }
    return collection;
  }
}
