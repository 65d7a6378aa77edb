package org.cortado.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything the processor knows about one {@code @Analysis} class, in declaration order.
 * {@code methods} holds every method of the class by name, for variation lookups;
 * {@code genWeight} is the resolved generator-weight column, or null when disabled.
 */
public record AnalysisModel(
    TypeElement origin, ClassName analysis, String name, AnnotationSite site, ColumnRef genWeight,
    List<CutModel> cuts, List<CollectionModel> collections, List<CategoryModel> categories,
    List<WeightModel> weights, List<HistogramModel> histograms, List<ColOutModel> colOuts,
    List<MultiCutModel> multiCuts) {
  /** Copies the lists. */
  public AnalysisModel {
    cuts = List.copyOf(cuts);
    collections = List.copyOf(collections);
    categories = List.copyOf(categories);
    weights = List.copyOf(weights);
    histograms = List.copyOf(histograms);
    colOuts = List.copyOf(colOuts);
    multiCuts = List.copyOf(multiCuts);
  }

  /** A {@code @MultiCut} axis as written, for validation. */
  public record MultiCutModel(String name, List<Ref> cuts, int cutsNames, AnnotationSite site) {
    /** Copies the list. */
    public MultiCutModel {
      cuts = List.copyOf(cuts);
    }
  }
}
