package org.cortado.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything the processor knows about one {@code @Analysis} class, in declaration order.
 * {@code header} is the {@code @Analysis} annotation; {@code genWeight} is the resolved
 * generator-weight column, or null when disabled; {@code lumiColumns} are the {@code run} and
 * {@code luminosityBlock} columns of the golden-JSON mask; {@code catalogue} resolves every name;
 * {@code calibration} holds the calibrators and the shape variations.
 */
public record AnalysisModel(
    AnalysisHeader header, ClassName analysis, ColumnRef genWeight, List<CutModel> cuts,
    List<CollectionModel> collections, List<DerivedModel> derived, List<CategoryModel> categories,
    List<WeightModel> weights, List<HistogramModel> histograms, List<ColOutModel> colOuts,
    List<MultiCutModel> multiCuts, List<SubsampleModel> subsamples, List<ColumnRef> lumiColumns,
    Catalogue catalogue, CalibrationModel calibration) {
  /** Copies the lists. */
  public AnalysisModel {
    subsamples = List.copyOf(subsamples);
    cuts = List.copyOf(cuts);
    collections = List.copyOf(collections);
    derived = List.copyOf(derived);
    categories = List.copyOf(categories);
    weights = List.copyOf(weights);
    histograms = List.copyOf(histograms);
    colOuts = List.copyOf(colOuts);
    multiCuts = List.copyOf(multiCuts);
    lumiColumns = List.copyOf(lumiColumns);
  }

  /** The analysis class. */
  public TypeElement origin() {
    return header.type();
  }

  /** {@code @Analysis(name)}. */
  public String name() {
    return header.name();
  }

  /** The {@code @Analysis} annotation, for diagnostics. */
  public AnnotationSite site() {
    return header.site();
  }

  /** The {@code @Analysis(params)} resource names with their sites. */
  public List<Ref> paramFiles() {
    return header.paramFiles();
  }

  /** The declared periods. */
  public Periods periods() {
    return header.periods();
  }

  /** Whether data get the golden-JSON mask. */
  public boolean goldenJson() {
    return header.goldenJson();
  }

  /** Every {@code @Param} of every method the kernel calls, in declaration order. */
  public List<ParamRef> paramRefs() {
    List<ParamRef> out = new ArrayList<>();
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
   * Every user method the kernel calls (cuts, selections, derived columns, weights and
   * variations, histograms and their axis methods).
   */
  public List<MethodModel> methods() {
    List<MethodModel> out = new ArrayList<>();
    for (CutModel c : cuts) {
      out.add(c.method());
    }
    for (CollectionModel c : collections) {
      if (c.method() != null) {
        out.add(c.method());
      }
    }
    for (DerivedModel d : derived) {
      out.add(d.method());
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

  /**
   * Every column reference of the model: method parameters, declarative axes, column outputs,
   * standard-weight inputs, the golden-JSON columns and the generator weight.
   */
  public List<ColumnRef> columnRefs() {
    List<ColumnRef> out = new ArrayList<>();
    for (MethodModel m : methods()) {
      for (ParamModel p : m.params()) {
        if (p.ref() != null) {
          out.add(p.ref());
        }
      }
    }
    for (HistogramModel h : histograms) {
      for (AxisModel a : h.axes()) {
        if (a.ref() != null) {
          out.add(a.ref());
        }
      }
    }
    for (ColOutModel c : colOuts) {
      out.addAll(c.refs());
    }
    for (WeightModel w : weights) {
      out.addAll(w.inputs());
    }
    out.addAll(lumiColumns);
    if (genWeight != null) {
      out.add(genWeight);
    }
    return out;
  }

  /** The parameter choices of every column name, view field and flag set, in model order. */
  public List<Choice> choices() {
    List<Choice> out = new ArrayList<>();
    for (ColumnRef r : columnRefs()) {
      if (r.choice() != null && !out.contains(r.choice())) {
        out.add(r.choice());
      }
      if (r.view() != null) {
        for (ViewBinding.Bound b : r.view().accessors()) {
          if (b.choice() != null && !out.contains(b.choice())) {
            out.add(b.choice());
          }
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
