package org.cortado.processor.model;

import java.util.List;
import java.util.Optional;
import org.cortado.processor.calibration.CalibratorPlan;

/**
 * The calibrators of an analysis and the shape variations it runs.
 *
 * @param calibrators {@code @Analysis(calibrators)} as written
 * @param shapeVariations {@code @Analysis(shapeVariations)} as written
 * @param plans the plans of the calibrators that could be planned, in run order
 * @param passes the shape variations run, with their directions, sorted as PocketCoffea sorts its
 *     variation axis; the nominal pass is not listed
 * @param issues what could not be resolved, for validation to report
 */
public record CalibrationModel(List<Ref> calibrators, List<Ref> shapeVariations,
    List<CalibratorPlan> plans, List<String> passes, List<Issue> issues) {
  /** Copies the lists. */
  public CalibrationModel {
    calibrators = List.copyOf(calibrators);
    shapeVariations = List.copyOf(shapeVariations);
    plans = List.copyOf(plans);
    passes = List.copyOf(passes);
    issues = List.copyOf(issues);
  }

  /** No calibrators, no variations. */
  public static CalibrationModel none() {
    return new CalibrationModel(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Whether any calibrator runs. */
  public boolean active() {
    return !plans.isEmpty();
  }

  /** The calibrator that replaces {@code branch}, if one does. */
  public Optional<String> calibratorOf(String branch) {
    for (CalibratorPlan p : plans) {
      for (CalibratorPlan.Output o : p.outputs()) {
        if (o.branch().equals(branch)) {
          return Optional.of(p.calibrator());
        }
      }
    }
    return Optional.empty();
  }

  /** The output replacing {@code branch}, if any. */
  public Optional<CalibratorPlan.Output> output(String branch) {
    for (CalibratorPlan p : plans) {
      for (CalibratorPlan.Output o : p.outputs()) {
        if (o.branch().equals(branch)) {
          return Optional.of(o);
        }
      }
    }
    return Optional.empty();
  }

  /** The re-sorting of raw collection {@code collection}, if a calibrator re-sorts it. */
  public Optional<CalibratorPlan.Reorder> reorder(String collection) {
    for (CalibratorPlan p : plans) {
      for (CalibratorPlan.Reorder r : p.reorders()) {
        if (r.collection().equals(collection)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A problem found while resolving, placed on the value it is about; {@code suggestion} is the
   * closest known name, or empty.
   */
  public record Issue(Kind kind, Ref at, String detail, String suggestion) {}

  /** What went wrong. */
  public enum Kind {
    /** No calibrator has this name; {@code detail} lists the known ones. */
    UNKNOWN_CALIBRATOR,
    /** A calibrator needs another that is not requested before it; {@code detail} names it. */
    MISSING_REQUIREMENT,
    /** The parameters do not let the calibrator be planned; {@code detail} says why. */
    PLAN_FAILED,
    /** A shape variation is neither a calibrator nor a variation of one; {@code detail} lists them. */
    UNKNOWN_VARIATION,
    /** A shape variation is not offered in every period; {@code detail} names them. */
    VARIATION_MISSING_IN_PERIOD
  }
}
