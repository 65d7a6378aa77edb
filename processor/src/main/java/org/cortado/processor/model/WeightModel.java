package org.cortado.processor.model;

import java.util.List;

/**
 * A {@code @Weight}: its method and, when declared, the up and down methods ({@code null} if
 * not found), the categories and samples it applies to. A standard weight (on the class) has no
 * method: {@code standard} is its {@code StandardWeight} constant, {@code collection} the objects
 * it multiplies over and {@code inputs} the columns the runtime evaluator takes, in order.
 */
public record WeightModel(
    String name, AnnotationSite site, MethodModel method, String up, MethodModel upMethod,
    String down, MethodModel downMethod, List<Ref> categories, List<String> samples,
    StandardWeightSpec standard, String collection, List<ColumnRef> inputs) {
  /** Copies the lists. */
  public WeightModel {
    categories = List.copyOf(categories);
    samples = List.copyOf(samples);
    inputs = List.copyOf(inputs);
  }

  /** Whether both variations are declared and found, or the standard weight has them. */
  public boolean hasVariations() {
    return standard != null ? standard.variations() : upMethod != null && downMethod != null;
  }

  /** Whether the runtime computes it (a {@code StandardWeight} other than {@code NONE}). */
  public boolean isStandard() {
    return standard != null;
  }
}
