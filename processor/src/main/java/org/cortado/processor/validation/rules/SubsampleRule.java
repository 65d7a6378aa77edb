package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cortado.annotations.Stage;
import org.cortado.params.EditDistance;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.Ref;
import org.cortado.processor.model.SubsampleModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * A subsample has a sample and a name that can be joined into {@code <sample>__<name>} and read
 * back, is declared once, and names declared cuts of stage {@link Stage#CATEGORY}.
 */
public final class SubsampleRule implements ValidationRule {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    Map<String, CutModel> cuts = new HashMap<>();
    model.cuts().forEach(c -> cuts.put(c.name(), c));
    List<String> seen = new ArrayList<>();
    for (SubsampleModel s : model.subsamples()) {
      name(s.sample(), "sample", s, report);
      name(s.name(), "name", s, report);
      if (seen.contains(s.fullName())) {
        report.error(Diagnostic.DUPLICATE_NAME, s.site().at("name"), "@Subsample", s.fullName(),
            "@Subsample");
      }
      seen.add(s.fullName());
      for (Ref r : s.cuts()) {
        CutModel cut = cuts.get(r.name());
        if (cut == null) {
          report.error(Diagnostic.CATEGORY_UNKNOWN_CUT, r.site(), "Subsample", r.name(),
              Diagnostic.didYouMean(EditDistance.closest(r.name(), List.copyOf(cuts.keySet()))));
        } else if (cut.stage() != Stage.CATEGORY) {
          report.error(Diagnostic.SUBSAMPLE_CUT_STAGE, r.site(), s.fullName(), r.name(), cut.stage());
        }
      }
    }
  }

  private static void name(String value, String attr, SubsampleModel s,
      ValidationReport.Builder report) {
    if (!NAME.matcher(value).matches() || value.contains("__")) {
      report.error(Diagnostic.SUBSAMPLE_BAD_NAME, s.site().at(attr), attr, value);
    }
  }
}
