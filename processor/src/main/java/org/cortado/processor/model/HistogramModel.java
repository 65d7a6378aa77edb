package org.cortado.processor.model;

import java.util.List;
import org.cortado.annotations.EventKind;

/** A {@code @Histogram}: on the class (declarative axes) or on a method ({@code method} set). */
public record HistogramModel(
    String name, AnnotationSite site, MethodModel method, List<AxisModel> axes,
    List<Ref> categories, List<String> samples, boolean variations, EventKind on) {
  /** Copies the lists. */
  public HistogramModel {
    axes = List.copyOf(axes);
    categories = List.copyOf(categories);
    samples = List.copyOf(samples);
  }
}
