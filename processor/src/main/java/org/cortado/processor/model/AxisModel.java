package org.cortado.processor.model;

import java.util.List;
import org.cortado.annotations.AxisType;

/**
 * One {@code @Axis}, with {@code type} resolved from {@code AUTO}; {@code ref} is the resolved
 * declarative value, or null when the value is a method's result: {@code method} when
 * {@code methodName} is set (null if no such method exists), else the histogram method's.
 */
public record AxisModel(
    String name, String label, AxisType type, int bins, double low, double high,
    List<Double> edges, List<Integer> values, boolean underflow, boolean overflow,
    String coll, String field, int pos, ColumnRef ref, AnnotationSite site, String methodName,
    MethodModel method) {
  /** Copies the lists. */
  public AxisModel {
    edges = List.copyOf(edges);
    values = List.copyOf(values);
  }

  /** Whether the value comes from {@code @Axis(method = ...)}. */
  public boolean hasMethod() {
    return !methodName.isEmpty();
  }
}
