package org.cortado.processor.model;

import java.util.List;

/** A {@code @Histogram}: on the class (declarative axes) or on a method ({@code method} set). */
public record HistogramModel(
    String name, AnnotationSite site, MethodModel method, List<AxisModel> axes,
    List<Ref> categories, List<String> samples, boolean variations) {
  /** Copies the lists. */
  public HistogramModel {
    axes = List.copyOf(axes);
    categories = List.copyOf(categories);
    samples = List.copyOf(samples);
  }
}
