package org.cortado.processor.validation.rules;

import org.cortado.annotations.Stage;
import org.cortado.processor.calibration.CalibratorPlan;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.Field;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Skim cuts run before the calibrators, as in PocketCoffea, so they may not read a column a
 * calibrator replaces, nor an object of a collection it re-sorts (which object is first changes);
 * a collection's size is fine.
 */
public final class SkimCalibratedRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (CutModel c : model.cuts()) {
      if (c.stage() != Stage.SKIM) {
        continue;
      }
      for (ParamModel p : c.method().params()) {
        ColumnRef r = p.ref();
        if (r == null || r.field() == null || r.field().storage() == Field.Storage.COUNT) {
          continue;
        }
        for (CalibratorPlan plan : model.calibration().plans()) {
          if (CalibratorRule.reads(model, r, plan)) {
            boolean replaced = r.field().storage() == Field.Storage.BRANCH && plan.outputs()
                .stream().anyMatch(o -> r.field().branches().all().contains(o.branch()));
            report.error(Diagnostic.SKIM_READS_CALIBRATED, p.col().at("value"),
                "@Cut '" + c.name() + "'", r.requested(), plan.calibrator(),
                replaced ? "replaces" : "re-sorts the objects of");
          }
        }
      }
    }
  }
}
