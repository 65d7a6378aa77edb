package org.cortado.processor.model;

import java.util.List;
import org.cortado.annotations.EventKind;

/**
 * A {@code @ColOut}: the collection (raw, selected or merged; empty for per-event columns), its
 * fields resolved (one {@link ColumnRef} per entry of {@code columns}, same order: per object for a
 * collection, per event otherwise), the categories, the events exported and the export options.
 * {@code posEnd} is -1 when every object is exported; otherwise positions
 * {@code posStart <= k < posEnd} are, padded with {@code fill}.
 */
public record ColOutModel(
    String collection, boolean collectionKnown, List<String> columns, List<ColumnRef> refs,
    List<Ref> categories, boolean flatten, boolean storeSize, double fill, int posStart,
    int posEnd, EventKind on, AnnotationSite site) {
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

  /** Whether the columns are per event (no collection). */
  public boolean perEvent() {
    return collection.isEmpty();
  }
}
