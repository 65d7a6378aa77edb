package org.cortado.processor.validation.rules;

import java.util.regex.Pattern;
import org.cortado.params.EditDistance;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.Catalogue;
import org.cortado.processor.model.DerivedModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * A derived column has a column name, belongs to a known collection when it is per object, and
 * does not take the name of a NanoAOD branch or field, which it would hide.
 */
public final class DerivedRule implements ValidationRule {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    Catalogue catalogue = model.catalogue();
    for (DerivedModel d : model.derived()) {
      if (!NAME.matcher(d.name()).matches()) {
        report.error(Diagnostic.DERIVED_BAD_NAME, d.site().at("name"), d.name());
        continue;
      }
      if (!d.perObject()) {
        if (catalogue.schema().branch(d.name()).isPresent()) {
          report.error(Diagnostic.NAME_SHADOWS_NANOAOD, d.site().at("name"), "@Derived",
              d.name(), "branch");
        }
        continue;
      }
      if (!catalogue.isCollection(d.collection())) {
        report.error(Diagnostic.DERIVED_UNKNOWN_COLLECTION, d.site().at("collection"), d.name(),
            d.collection(), Diagnostic.didYouMean(EditDistance.closest(d.collection(),
                catalogue.allCollections())));
        continue;
      }
      String base = catalogue.base(d.collection());
      if (catalogue.isRaw(base) && catalogue.schema().branch(base + "_" + d.name()).isPresent()) {
        report.error(Diagnostic.NAME_SHADOWS_NANOAOD, d.site().at("name"), "@Derived field",
            d.name(), "field of " + base + " (" + base + "_" + d.name() + ")");
      }
    }
  }
}
