package org.cortado.processor.calibration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cortado.params.EditDistance;
import org.cortado.params.Params;
import org.cortado.processor.model.CalibrationModel;
import org.cortado.processor.model.CalibrationModel.Issue;
import org.cortado.processor.model.CalibrationModel.Kind;
import org.cortado.processor.model.NanoAodSchema;
import org.cortado.processor.model.Periods;
import org.cortado.processor.model.Ref;

/**
 * {@code @Analysis(calibrators, shapeVariations)} → {@link CalibrationModel}: finds each
 * calibrator, checks that what it needs runs before it, plans it against the parameters, and
 * expands the shape variations (a calibrator's name stands for all its variations, a name without
 * direction for its up and down). It never throws: problems become issues.
 */
public final class CalibrationResolver {
  private final CalibratorRegistry registry;

  public CalibrationResolver(CalibratorRegistry registry) {
    this.registry = registry;
  }

  /** {@code params} may be null when the parameter files failed to load. */
  public CalibrationModel resolve(List<Ref> calibrators, List<Ref> shapeVariations, Params params,
      Periods periods, NanoAodSchema schema) {
    if (calibrators.isEmpty() && shapeVariations.isEmpty()) {
      return CalibrationModel.none();
    }
    List<Issue> issues = new ArrayList<>();
    Set<String> requested = new LinkedHashSet<>();
    calibrators.forEach(r -> requested.add(r.name()));
    List<CalibratorPlan> plans = new ArrayList<>();
    List<String> before = new ArrayList<>();
    for (Ref r : calibrators) {
      CalibratorExtension extension = registry.find(r.name()).orElse(null);
      if (extension == null) {
        issues.add(new Issue(Kind.UNKNOWN_CALIBRATOR, r, String.join(", ", registry.names()),
            EditDistance.closest(r.name(), registry.names())));
        continue;
      }
      List<String> missing = extension.requires().stream()
          .filter(q -> !before.contains(q)).toList();
      before.add(r.name());
      if (!missing.isEmpty()) {
        // Still planned: what it replaces is known, so its columns get their types.
        issues.add(new Issue(Kind.MISSING_REQUIREMENT, r, String.join(", ", missing), ""));
      }
      if (params == null) {
        continue;
      }
      try {
        plans.add(extension.plan(new Context(params, periods, schema, requested)));
      } catch (CalibrationException e) {
        issues.add(new Issue(Kind.PLAN_FAILED, r, e.getMessage(), ""));
      }
    }
    TreeSet<String> passes = new TreeSet<>();
    for (Ref v : shapeVariations) {
      expand(v, plans, passes, issues, periods, params != null && issues.isEmpty());
    }
    return new CalibrationModel(calibrators, shapeVariations, plans, List.copyOf(passes), issues);
  }

  private void expand(Ref v, List<CalibratorPlan> plans, TreeSet<String> passes,
      List<Issue> issues, Periods periods, boolean complete) {
    List<String> known = new ArrayList<>();
    for (CalibratorPlan p : plans) {
      known.add(p.calibrator());
      List<String> offered = union(p.variations());
      for (String o : offered) {
        String base = base(o);
        if (!known.contains(base)) {
          known.add(base);
        }
      }
      if (p.calibrator().equals(v.name())) {
        passes.addAll(offered);
        missingInPeriods(v, p, offered, periods, issues);
        return;
      }
      if (offered.contains(v.name() + "Up")) {
        List<String> both = List.of(v.name() + "Down", v.name() + "Up");
        passes.addAll(both);
        missingInPeriods(v, p, both, periods, issues);
        return;
      }
    }
    // Without every plan, an unknown name may belong to one that failed: that one is reported.
    if (complete) {
      issues.add(new Issue(Kind.UNKNOWN_VARIATION, v, String.join(", ", known),
          EditDistance.closest(v.name(), known)));
    }
  }

  private static void missingInPeriods(Ref v, CalibratorPlan p, List<String> wanted,
      Periods periods, List<Issue> issues) {
    List<String> lacking = new ArrayList<>();
    for (int k = 0; k < periods.size(); k++) {
      if (!p.variations().get(k).containsAll(wanted)) {
        lacking.add(periods.get(k));
      }
    }
    if (!lacking.isEmpty()) {
      issues.add(new Issue(Kind.VARIATION_MISSING_IN_PERIOD, v, String.join(", ", lacking),
          ""));
    }
  }

  private static List<String> union(List<List<String>> perPeriod) {
    TreeSet<String> out = new TreeSet<>();
    perPeriod.forEach(out::addAll);
    return List.copyOf(out);
  }

  /** The variation without its direction. */
  private static String base(String variation) {
    return variation.endsWith("Up") ? variation.substring(0, variation.length() - 2)
        : variation.endsWith("Down") ? variation.substring(0, variation.length() - 4) : variation;
  }

  private record Context(Params params, Periods periods, NanoAodSchema schema,
      Set<String> requested) implements CalibratorExtension.Context {}
}
