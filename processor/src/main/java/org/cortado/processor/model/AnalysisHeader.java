package org.cortado.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @Analysis} annotation itself, read before anything else: the parameter files and the
 * schema must be loaded before the rest of the class can be resolved.
 */
public record AnalysisHeader(TypeElement type, AnnotationSite site, String name,
    List<Ref> paramFiles, List<Ref> years, boolean goldenJson, String genWeight, String schema,
    List<Ref> calibrators, List<Ref> shapeVariations) {
  /** Copies the lists. */
  public AnalysisHeader {
    paramFiles = List.copyOf(paramFiles);
    years = List.copyOf(years);
    calibrators = List.copyOf(calibrators);
    shapeVariations = List.copyOf(shapeVariations);
  }

  /** The declared periods. */
  public Periods periods() {
    return new Periods(years.stream().map(Ref::name).toList());
  }
}
