package org.cortado.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything the processor knows about one {@code @Analysis} class, in declaration order.
 * {@code methods} holds every method of the class by name, for variation lookups;
 * {@code genWeight} is the resolved generator-weight column, or null when disabled;
 * {@code paramFiles} are the {@code @Analysis(params)} resource names with their sites,
 * {@code years} the declared periods, {@code goldenJson} whether data get the lumi mask and
 * {@code lumiColumns} its {@code run} and {@code luminosityBlock} columns.
 */
public record AnalysisModel(
    TypeElement origin, ClassName analysis, String name, AnnotationSite site, ColumnRef genWeight,
    List<CutModel> cuts, List<CollectionModel> collections, List<CategoryModel> categories,
    List<WeightModel> weights, List<HistogramModel> histograms, List<ColOutModel> colOuts,
    List<MultiCutModel> multiCuts, List<Ref> paramFiles, List<String> years,
    boolean goldenJson, List<ColumnRef> lumiColumns) {
  /** Copies the lists. */
  public AnalysisModel {
    cuts = List.copyOf(cuts);
    collections = List.copyOf(collections);
    categories = List.copyOf(categories);
    weights = List.copyOf(weights);
    histograms = List.copyOf(histograms);
    colOuts = List.copyOf(colOuts);
    multiCuts = List.copyOf(multiCuts);
    paramFiles = List.copyOf(paramFiles);
    years = List.copyOf(years);
    lumiColumns = List.copyOf(lumiColumns);
  }

  /** Every {@code @Param} of every method the kernel calls, in declaration order. */
  public List<ParamRef> paramRefs() {
    List<ParamRef> out = new java.util.ArrayList<>();
    for (MethodModel m : methods()) {
      for (ParamModel p : m.params()) {
        if (p.param() != null) {
          out.add(p.param());
        }
      }
    }
    return out;
  }

  /**
   * Every user method the kernel calls (cuts, selections, weights and variations, histograms and
   * their axis methods).
   */
  public List<MethodModel> methods() {
    List<MethodModel> out = new java.util.ArrayList<>();
    for (CutModel c : cuts) {
      out.add(c.method());
    }
    for (CollectionModel c : collections) {
      out.add(c.method());
    }
    for (WeightModel w : weights) {
      if (w.method() != null) {
        out.add(w.method());
      }
      if (w.upMethod() != null) {
        out.add(w.upMethod());
      }
      if (w.downMethod() != null) {
        out.add(w.downMethod());
      }
    }
    for (HistogramModel h : histograms) {
      if (h.method() != null) {
        out.add(h.method());
      }
      for (AxisModel a : h.axes()) {
        if (a.method() != null) {
          out.add(a.method());
        }
      }
    }
    return out;
  }

  /** A {@code @MultiCut} axis as written, for validation. */
  public record MultiCutModel(String name, List<Ref> cuts, int cutsNames, AnnotationSite site) {
    /** Copies the list. */
    public MultiCutModel {
      cuts = List.copyOf(cuts);
    }
  }
}
