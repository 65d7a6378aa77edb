package org.cortado.processor.validation;

import java.util.List;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.NanoAodSchema;
import org.cortado.processor.params.AnalysisParams;
import org.cortado.processor.validation.rules.CalibratorRule;
import org.cortado.processor.validation.rules.CategoryReferenceRule;
import org.cortado.processor.validation.rules.ColOutFieldRule;
import org.cortado.processor.validation.rules.ColOutOptionsRule;
import org.cortado.processor.validation.rules.ColOutReservedNameRule;
import org.cortado.processor.validation.rules.CollectionSourceRule;
import org.cortado.processor.validation.rules.ColumnAccessRule;
import org.cortado.processor.validation.rules.ColumnExistsRule;
import org.cortado.processor.validation.rules.ColumnTypeRule;
import org.cortado.processor.validation.rules.DependencyRule;
import org.cortado.processor.validation.rules.DerivedRule;
import org.cortado.processor.validation.rules.EventKindRule;
import org.cortado.processor.validation.rules.HistogramAxisRule;
import org.cortado.processor.validation.rules.HistogramBinningRule;
import org.cortado.processor.validation.rules.MergeRule;
import org.cortado.processor.validation.rules.MethodShapeRule;
import org.cortado.processor.validation.rules.ParamRule;
import org.cortado.processor.validation.rules.ShapeVariationRule;
import org.cortado.processor.validation.rules.SkimCalibratedRule;
import org.cortado.processor.validation.rules.StandardWeightRule;
import org.cortado.processor.validation.rules.SubsampleRule;
import org.cortado.processor.validation.rules.UniqueNamesRule;
import org.cortado.processor.validation.rules.ViewRule;
import org.cortado.processor.validation.rules.WeightVariationPairRule;
import org.cortado.processor.validation.rules.YearsRule;

/** Runs every rule, in a fixed order, and collects all problems into one report. */
public final class AnalysisValidator {
  private final List<ValidationRule> rules;

  /** A validator for analyses that need no parameters. */
  public AnalysisValidator(NanoAodSchema schema) {
    this(schema, AnalysisParams.none());
  }

  /** A validator checking {@code @Param}s and standard weights against {@code params}. */
  public AnalysisValidator(NanoAodSchema schema, AnalysisParams params) {
    Params periods = params.loaded() ? params.params() : ParamsLoader.withDefaults().load();
    this.rules = List.of(
        new MethodShapeRule(),
        new UniqueNamesRule(),
        new CollectionSourceRule(),
        new MergeRule(),
        new DerivedRule(),
        new ColumnExistsRule(),
        new ColumnAccessRule(),
        new ColumnTypeRule(),
        new ViewRule(),
        new DependencyRule(),
        new EventKindRule(),
        new CategoryReferenceRule(),
        new WeightVariationPairRule(),
        new HistogramAxisRule(),
        new HistogramBinningRule(),
        new ColOutFieldRule(),
        new ColOutOptionsRule(),
        new ColOutReservedNameRule(),
        new SubsampleRule(),
        new YearsRule(periods),
        new ParamRule(params),
        new StandardWeightRule(params, periods),
        new CalibratorRule(),
        new ShapeVariationRule(),
        new SkimCalibratedRule());
  }

  public ValidationReport validate(AnalysisModel model) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (ValidationRule rule : rules) {
      rule.check(model, report);
    }
    return report.build();
  }
}
