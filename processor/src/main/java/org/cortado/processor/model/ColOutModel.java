package org.cortado.processor.model;

import java.util.List;

/**
 * A {@code @ColOut}: the collection (raw or selected), its fields resolved as per-object
 * columns (one {@link ColumnRef} per field, same order) and the categories.
 */
public record ColOutModel(
    String collection, boolean collectionKnown, List<String> columns, List<ColumnRef> refs,
    List<Ref> categories, AnnotationSite site) {
  /** Copies the lists. */
  public ColOutModel {
    columns = List.copyOf(columns);
    refs = List.copyOf(refs);
    categories = List.copyOf(categories);
  }
}
