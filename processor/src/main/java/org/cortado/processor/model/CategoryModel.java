package org.cortado.processor.model;

import java.util.List;

/** A category: a {@code @Category} or one product of the {@code @MultiCut} axes. */
public record CategoryModel(String name, List<Ref> cuts, Site site) {
  /** Copies the list. */
  public CategoryModel {
    cuts = List.copyOf(cuts);
  }
}
