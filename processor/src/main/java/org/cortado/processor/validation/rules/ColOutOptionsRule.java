package org.cortado.processor.validation.rules;

import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Column-output options fit together: a position range is not empty, {@code fill} and
 * {@code posStart} come with {@code posEnd}, and {@code flatten} does not (fixed positions are
 * one value per event already); per-event columns take none of them but {@code fill}, the value of
 * a derived column that is missing in an event.
 */
public final class ColOutOptionsRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (ColOutModel c : model.colOuts()) {
      if (c.perEvent()) {
        for (String attr : new String[] {"flatten", "posStart", "posEnd"}) {
          if (c.site().isExplicit(attr)) {
            report.error(Diagnostic.COLOUT_EVENT_OPTIONS, c.site().at(attr), attr);
          }
        }
        continue;
      }
      if (c.positional()) {
        if (c.posStart() < 0 || c.posEnd() <= c.posStart()) {
          report.error(Diagnostic.COLOUT_EMPTY_POSITIONS,
              c.site().at(c.posStart() < 0 ? "posStart" : "posEnd"), c.collection(),
              c.posStart(), c.posEnd());
        }
        if (c.flatten()) {
          report.error(Diagnostic.COLOUT_FLATTEN_WITH_POSITIONS, c.site().at("flatten"),
              c.collection(), c.posEnd());
        }
        continue;
      }
      if (c.site().isExplicit("fill")) {
        report.error(Diagnostic.COLOUT_FILL_WITHOUT_POSITIONS, c.site().at("fill"),
            c.collection(), fill(c.fill()));
      }
      if (c.site().isExplicit("posStart")) {
        report.error(Diagnostic.COLOUT_START_WITHOUT_END, c.site().at("posStart"),
            c.collection(), c.posStart(), Math.max(c.posStart(), 0) + 1);
      }
    }
  }

  private static String fill(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
