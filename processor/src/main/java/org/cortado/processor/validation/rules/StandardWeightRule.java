package org.cortado.processor.validation.rules;

import java.util.List;
import org.cortado.params.Params;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.ParamKind;
import org.cortado.processor.model.Site;
import org.cortado.processor.model.StandardWeightSpec;
import org.cortado.processor.model.WeightModel;
import org.cortado.processor.params.AnalysisParams;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Standard weights sit on the analysis class, custom ones on methods with a name; per-object
 * standard weights name a collection of the right objects; and everything period-dependent
 * (standard weights, the golden-JSON mask) has {@code @Analysis(years)} and, for every period,
 * the parameters it reads at run time.
 */
public final class StandardWeightRule implements ValidationRule {
  private final AnalysisParams params;
  private final Params periods;

  /** {@code periods} tells known periods apart ({@link YearsRule} reports the others). */
  public StandardWeightRule(AnalysisParams params, Params periods) {
    this.params = params;
    this.periods = periods;
  }

  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (WeightModel w : model.weights()) {
      if (w.method() != null) {
        if (w.name().isEmpty()) {
          report.error(Diagnostic.WEIGHT_NO_NAME, w.site().site(), w.method().name());
        }
        if (w.isStandard()) {
          report.error(Diagnostic.WEIGHT_STANDARD_PLACEMENT, w.site().at("standard"),
              "@Weight method '" + w.method().name() + "' declares standard = " + w.standard()
              + "; standard weights go on the analysis class, without a method");
        }
        continue;
      }
      if (!w.isStandard()) {
        report.error(Diagnostic.WEIGHT_STANDARD_PLACEMENT, w.site().site(),
            "@Weight '" + w.name() + "' on the analysis class names no standard weight; use"
            + " standard = StandardWeight.PILEUP (or another), or put the weight on a static method");
        continue;
      }
      checkStandard(model, w, report);
    }
    if (model.goldenJson()) {
      Site site = model.site().at("goldenJson");
      if (model.header().years().isEmpty()) {
        report.error(Diagnostic.YEARS_MISSING, site, "goldenJson = true");
      } else if (params.loaded()) {
        for (String year : YearsRule.knownYears(model, periods)) {
          ParamRule.check(params.params(), "lumi.goldenJSON." + year, ParamKind.FILE,
              "the golden JSON", site, report);
        }
      }
    }
  }

  private void checkStandard(AnalysisModel model, WeightModel w, ValidationReport.Builder report) {
    StandardWeightSpec spec = w.standard();
    for (String attr : new String[] {"up", "down"}) {
      if (!(attr.equals("up") ? w.up() : w.down()).isEmpty()) {
        report.error(Diagnostic.WEIGHT_STANDARD_ATTRIBUTE, w.site().at(attr), w.name(), attr,
            !spec.variations() ? "it has no variations"
                : spec.sources().isEmpty() ? "its variations " + w.name() + "Up and " + w.name()
                + "Down are built in" : "its variations " + w.name() + "_<source>Up and "
                + w.name() + "_<source>Down for " + spec.sources() + " are built in");
      }
    }
    String objects = spec.objects();
    if (!spec.perObject() && !w.collection().isEmpty()) {
      report.error(Diagnostic.WEIGHT_STANDARD_ATTRIBUTE, w.site().at("collection"), w.name(),
          "collection", "it is one factor per event");
    } else if (spec.perObject() && w.collection().isEmpty()) {
      report.error(Diagnostic.WEIGHT_NEEDS_COLLECTION, w.site().at("standard"), w.name(),
          objects.toLowerCase(java.util.Locale.ROOT), objects + "Good");
    } else if (spec.perObject()) {
      boolean ok = !w.inputs().isEmpty();
      for (ColumnRef r : w.inputs()) {
        ok &= r.kind() == ColumnRef.Kind.ELEMENT && r.field().owner().equals(objects);
      }
      if (!ok) {
        String what = w.inputs().isEmpty() ? "neither a NanoAOD collection nor an @ObjectSelection"
            : "a collection of " + objectsOf(w) + " objects";
        report.error(Diagnostic.WEIGHT_WRONG_COLLECTION, w.site().at("collection"), w.name(),
            objects, w.collection(), what);
      }
    }
    boolean perYear = false;
    for (StandardWeightSpec.Required r : spec.required()) {
      perYear |= r.perYear();
    }
    Site site = w.site().at("standard");
    if (perYear && model.header().years().isEmpty()) {
      report.error(Diagnostic.YEARS_MISSING, site, "standard weight '" + w.name() + "'");
      return;
    }
    if (!params.loaded()) {
      return;
    }
    for (StandardWeightSpec.Required r : spec.required()) {
      for (String year : r.perYear() ? YearsRule.knownYears(model, periods) : List.of("")) {
        ParamRule.check(params.params(), r.forYear(year), r.kind(),
            "standard weight '" + w.name() + "'", site, report);
      }
    }
    if (spec == StandardWeightSpec.BTAG_SHAPE) {
      checkDiscriminant(model, w, site, report);
    }
  }

  /** The NanoAOD objects a weight's inputs were bound to, from the first one that resolved. */
  private static String objectsOf(WeightModel w) {
    for (ColumnRef r : w.inputs()) {
      if (r.field() != null) {
        return r.field().owner();
      }
    }
    return "other";
  }

  /** The kernel reads {@code Jet_btagDeepFlavB}: every period's b-tagging algorithm must be it. */
  private void checkDiscriminant(AnalysisModel model, WeightModel w, Site site,
      ValidationReport.Builder report) {
    for (String year : YearsRule.knownYears(model, periods)) {
      String path = StandardWeightSpec.BTAG_ALGORITHM.replace("{year}", year);
      java.util.Optional<org.cortado.params.ParamNode> node = params.params().lookup(path);
      if (node.isPresent() && node.get().type() == org.cortado.params.ParamType.STRING
          && !StandardWeightSpec.BTAG_DISCRIMINANT.equals(node.get().value())) {
        report.error(Diagnostic.WEIGHT_BTAG_DISCRIMINANT, site, w.name(),
            StandardWeightSpec.BTAG_DISCRIMINANT, path, node.get().value(), node.get().source());
      }
    }
  }
}
