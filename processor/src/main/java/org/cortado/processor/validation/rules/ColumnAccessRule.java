package org.cortado.processor.validation.rules;

import org.cortado.annotations.EventKind;
import org.cortado.params.EditDistance;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Columns are read the way they can be: per-object columns per object or by position, per-event
 * columns without a position, object loops only their own collection and no position, skim cuts
 * no analysis collection, collections through views, several branches through {@code Flags},
 * and names chosen by parameters resolve to one kind of column in every period.
 */
public final class ColumnAccessRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (RefSite r : RefSite.of(model)) {
      ColumnRef ref = r.ref();
      switch (ref.problem()) {
        case NEEDS_POS -> {
          if (r.label().equals("@ColOut")) {
            report.error(Diagnostic.COLOUT_PER_OBJECT_COLUMN, r.value(), ref.requested(),
                ref.detail(), ref.detail());
          } else {
            report.error(Diagnostic.COLUMN_NEEDS_POS, r.value(), ref.requested(), ref.detail());
          }
        }
        case POS_ON_EVENT ->
            report.error(Diagnostic.COLUMN_POS_ON_EVENT, r.pos(), ref.requested(), ref.pos());
        case WRONG_COLLECTION ->
            report.error(Diagnostic.COLUMN_WRONG_COLLECTION, r.value(), ref.requested(),
                ref.detail());
        case NOT_YET_BUILT ->
            report.error(Diagnostic.COLUMN_NOT_YET_BUILT, r.value(), ref.requested(),
                ref.detail());
        case POS_IN_LOOP -> report.error(Diagnostic.COLUMN_POS_IN_LOOP, r.pos(), ref.requested(),
            ref.pos(), collectionOf(model, ref.requested()), ref.detail());
        case NOT_A_VIEW -> report.error(Diagnostic.COLUMN_NOT_A_VIEW, r.value(), ref.detail(),
            r.param() == null ? ref.requested() : r.param().name(), ref.detail());
        case VIEW_OF_NON_COLLECTION -> report.error(Diagnostic.COLUMN_VIEW_OF_NON_COLLECTION,
            r.value(), r.param().name(), ref.requested(), Diagnostic.didYouMean(ref.detail()));
        case CHOICE_FAILED ->
            report.error(Diagnostic.COLUMN_CHOICE_FAILED, r.value(), ref.requested(),
                ref.detail());
        case PERIODS_DISAGREE ->
            report.error(Diagnostic.COLUMN_PERIODS_DISAGREE, r.value(), ref.requested(),
                ref.detail());
        case FLAGS_NOT_BOOLEAN ->
            report.error(Diagnostic.FLAGS_NOT_BOOLEAN, r.value(), ref.requested(), ref.detail());
        default -> { }
      }
      if (r.param() != null && r.param().on() != EventKind.ALL
          && ref.kind() != ColumnRef.Kind.FLAGS && ref.kind() != ColumnRef.Kind.INVALID) {
        report.error(Diagnostic.COLUMN_ON_WITHOUT_FLAGS, r.param().col().at("on"),
            r.param().on(), r.param().name(), r.label(), r.param().on());
      }
    }
  }

  /** The collection a {@code <collection>_<field>} name reads, for messages. */
  private static String collectionOf(AnalysisModel model, String name) {
    String c = model.catalogue().collectionPrefix(name);
    return c.isEmpty() ? EditDistance.closest(name, model.catalogue().allCollections()) : c;
  }
}
