package org.cortado.processor.validation.rules;

import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * Per-event columns do not take the names of the weight columns every category's column output
 * gets ({@code weight}, {@code weight_variation_<variation>}): two columns of one name cannot
 * share a Parquet table.
 */
public final class ColOutReservedNameRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (ColOutModel c : model.colOuts()) {
      if (!c.perEvent()) {
        continue;
      }
      for (String column : c.columns()) {
        if (column.equals("weight") || column.startsWith("weight_variation_")) {
          report.error(Diagnostic.COLOUT_RESERVED_NAME, c.site().at("columns"), column);
        }
      }
    }
  }
}
