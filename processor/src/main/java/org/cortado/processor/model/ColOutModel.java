package org.cortado.processor.model;

import java.util.List;

/**
 * A {@code @ColOut}: the collection (raw or selected), its fields resolved as per-object
 * columns (one {@link ColumnRef} per field, same order), the categories and the export options.
 * {@code posEnd} is -1 when every object is exported; otherwise positions
 * {@code posStart <= k < posEnd} are, padded with {@code fill}.
 */
public record ColOutModel(
    String collection, boolean collectionKnown, List<String> columns, List<ColumnRef> refs,
    List<Ref> categories, boolean flatten, boolean storeSize, double fill, int posStart,
    int posEnd, AnnotationSite site) {
  /** Copies the lists. */
  public ColOutModel {
    columns = List.copyOf(columns);
    refs = List.copyOf(refs);
    categories = List.copyOf(categories);
  }

  /** Whether fixed positions are exported instead of every object. */
  public boolean positional() {
    return posEnd >= 0;
  }
}
