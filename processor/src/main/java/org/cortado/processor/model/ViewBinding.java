package org.cortado.processor.model;

import java.util.List;

/**
 * A view interface bound to one collection: per accessor, the field it reads there, or the
 * reason it cannot ({@code problem} and {@code detail} as in {@link ColumnRef}).
 */
public record ViewBinding(ViewType type, String collection, List<Bound> accessors) {
  /** Copies the list. */
  public ViewBinding {
    accessors = List.copyOf(accessors);
  }

  /** An accessor's resolution. */
  public record Bound(ViewType.Accessor accessor, Field field, Choice choice,
      ColumnRef.Problem problem, String detail) {}
}
