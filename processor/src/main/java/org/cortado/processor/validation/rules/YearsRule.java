package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.cortado.params.EditDistance;
import org.cortado.params.Params;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.Ref;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Every period of {@code @Analysis(years)} is one the parameters know: a key of
 * {@code lumi.picobarns}, which every period has. Rules that read per-period parameters look only
 * at known periods, so a mistyped year is one error, on the year.
 */
public final class YearsRule implements ValidationRule {
  private final Params params;

  /** {@code params} are the analysis's parameters, or the defaults when it loads none. */
  public YearsRule(Params params) {
    this.params = params;
  }

  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    List<String> known = known(params);
    for (Ref year : model.header().years()) {
      if (!known.contains(year.name())) {
        report.error(Diagnostic.YEAR_UNKNOWN, year.site(), year.name(),
            String.join(", ", known), Diagnostic.didYouMean(EditDistance.closest(year.name(),
                known)));
      }
    }
  }

  /** The periods the parameters define. */
  static List<String> known(Params params) {
    return params == null || !params.has(PERIODS) ? List.of()
        : new ArrayList<>(params.keys(PERIODS));
  }

  /** The declared periods the parameters define, in declaration order. */
  static List<String> knownYears(AnalysisModel model, Params params) {
    List<String> known = known(params);
    List<String> out = new ArrayList<>();
    for (Ref y : model.header().years()) {
      if (known.contains(y.name())) {
        out.add(y.name());
      }
    }
    return out;
  }

  private static final String PERIODS = "lumi.picobarns";
}
