package org.cortado.processor.model;

import java.util.List;

/**
 * A collection the analysis declares: an {@code @ObjectSelection} of {@code sources.get(0)}
 * (with its {@code method}), or a {@code @Merge} of {@code sources} sorted by {@code sortBy}.
 * {@code base} is the collection whose storage its objects index: the NanoAOD collection under a
 * chain of selections, or the merged collection under selections of a merge; empty when the
 * sources do not lead to one (reported by validation).
 */
public record CollectionModel(Kind kind, String name, List<String> sources, AnnotationSite site,
    MethodModel method, String sortBy, String base) {
  /** How the collection is made. */
  public enum Kind { SELECTION, MERGE }

  /** Copies the list. */
  public CollectionModel {
    sources = List.copyOf(sources);
  }

  /** The selection's source collection. */
  public String source() {
    return sources.get(0);
  }

  /** Whether it is an {@code @ObjectSelection}. */
  public boolean selection() {
    return kind == Kind.SELECTION;
  }
}
