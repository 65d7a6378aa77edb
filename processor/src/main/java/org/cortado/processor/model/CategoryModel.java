package org.cortado.processor.model;

import java.util.List;

/**
 * A category: a {@code @Category} or one product of the {@code @MultiCut} axes;
 * {@code annotation} says which ({@code "Category"}, {@code "MultiCut"}), for messages.
 */
public record CategoryModel(String name, List<Ref> cuts, Site site, String annotation) {
  /** Copies the list. */
  public CategoryModel {
    cuts = List.copyOf(cuts);
  }
}
