package org.cortado.processor.model;

import java.util.List;

/**
 * A {@code @Weight}: its method and, when declared, the up and down methods ({@code null} if
 * not found), the categories and samples it applies to.
 */
public record WeightModel(
    String name, AnnotationSite site, MethodModel method, String up, MethodModel upMethod,
    String down, MethodModel downMethod, List<Ref> categories, List<String> samples) {
  /** Copies the lists. */
  public WeightModel {
    categories = List.copyOf(categories);
    samples = List.copyOf(samples);
  }

  /** Whether both variations are declared and found. */
  public boolean hasVariations() {
    return upMethod != null && downMethod != null;
  }
}
