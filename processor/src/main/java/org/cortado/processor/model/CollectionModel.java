package org.cortado.processor.model;

/**
 * An {@code @ObjectSelection}: the new collection {@code name} selected from {@code source}
 * (a NanoAOD collection, or an earlier selection {@code parent}); {@code raw} is the NanoAOD
 * collection underneath and {@code counter} its counter branch (empty if unresolved).
 */
public record CollectionModel(
    String name, String source, String parent, String raw, String counter, AnnotationSite site,
    MethodModel method) {
  /** Whether it selects directly from a NanoAOD collection. */
  public boolean fromRaw() {
    return parent.isEmpty();
  }
}
