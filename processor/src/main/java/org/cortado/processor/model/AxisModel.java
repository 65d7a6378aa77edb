package org.cortado.processor.model;

import java.util.List;
import org.cortado.annotations.AxisType;

/**
 * One {@code @Axis}, with {@code type} resolved from {@code AUTO}; {@code ref} is the resolved
 * declarative value, or null when the value is the histogram method's result.
 */
public record AxisModel(
    String name, String label, AxisType type, int bins, double low, double high,
    List<Double> edges, List<Integer> values, boolean underflow, boolean overflow,
    String coll, String field, int pos, ColumnRef ref, AnnotationSite site) {
  /** Copies the lists. */
  public AxisModel {
    edges = List.copyOf(edges);
    values = List.copyOf(values);
  }
}
