package org.cortado.processor.validation.rules;

import java.util.List;
import org.cortado.processor.calibration.CalibratorPlan;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.CalibrationModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.Field;
import org.cortado.processor.model.Ref;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Every calibrator of {@code @Analysis(calibrators)} exists, comes after those it reads, can be
 * set up from the parameters, and replaces something the analysis reads: a calibrator whose output
 * nobody reads would cost time and change nothing.
 */
public final class CalibratorRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    CalibrationModel c = model.calibration();
    for (CalibrationModel.Issue i : c.issues()) {
      switch (i.kind()) {
        case UNKNOWN_CALIBRATOR -> report.error(Diagnostic.CALIBRATOR_UNKNOWN, i.at().site(),
            i.at().name(), i.detail(), Diagnostic.didYouMean(i.suggestion()));
        case MISSING_REQUIREMENT -> report.error(Diagnostic.CALIBRATOR_NEEDS, i.at().site(),
            i.at().name(), i.detail(), i.detail());
        case PLAN_FAILED -> report.error(Diagnostic.CALIBRATOR_PARAMS, i.at().site(),
            i.at().name(), i.detail());
        default -> { }
      }
    }
    for (CalibratorPlan p : c.plans()) {
      if (!used(model, p)) {
        Ref at = c.calibrators().stream().filter(r -> r.name().equals(p.calibrator()))
            .findFirst().orElseThrow();
        report.error(Diagnostic.CALIBRATOR_UNUSED, at.site(), p.calibrator(), replaced(p));
      }
    }
  }

  /** Whether the analysis, or a calibrator after it, reads what {@code plan} replaces. */
  private static boolean used(AnalysisModel model, CalibratorPlan plan) {
    for (CalibratorPlan later : model.calibration().plans()) {
      for (CalibratorPlan.Instance i : later.instances()) {
        if (!later.calibrator().equals(plan.calibrator())
            && i.bindWith().stream().anyMatch(id -> id.startsWith(plan.calibrator() + "."))) {
          return true;
        }
      }
    }
    for (ColumnRef r : model.columnRefs()) {
      if (reads(model, r, plan)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code ref} reads an output of {@code plan} or an object it re-sorts. */
  static boolean reads(AnalysisModel model, ColumnRef ref, CalibratorPlan plan) {
    if (ref.field() == null) {
      return false;
    }
    Field f = ref.field();
    if (f.storage() == Field.Storage.BRANCH
        && plan.outputs().stream().anyMatch(o -> f.branches().all().contains(o.branch()))) {
      return true;
    }
    String collection = ref.collection() == null || ref.collection().isEmpty()
        ? f.owner() : ref.collection();
    if (collection == null || collection.isEmpty()) {
      return false;
    }
    String base = model.catalogue().base(collection);
    return plan.reorders().stream().anyMatch(r -> r.collection().equals(base)
        || model.catalogue().declared(base).map(m -> m.sources().stream()
            .anyMatch(s -> model.catalogue().base(s).equals(r.collection()))).orElse(false));
  }

  private static String replaced(CalibratorPlan plan) {
    List<String> what = new java.util.ArrayList<>();
    plan.outputs().forEach(o -> what.add(o.branch()));
    plan.reorders().forEach(r -> what.add("the order of " + r.collection()));
    return String.join(", ", what);
  }
}
