package org.cortado.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code CollectionView} interface of the analysis: its accessors in declaration order (the
 * abstract methods other than {@code size()}), and whether the generated kernel can implement it
 * ({@code problem} empty) or why not.
 */
public record ViewType(TypeElement element, ClassName name, List<Accessor> accessors,
    String problem) {
  /** Copies the list. */
  public ViewType {
    accessors = List.copyOf(accessors);
  }

  /**
   * One accessor: the method, the field it reads as written (its name, or {@code @Field}'s value,
   * possibly with choices), its return type and whether its shape is {@code T name(int i)}.
   */
  public record Accessor(String method, String field, LeafType type, String returnText,
      boolean wellFormed, Site site, Site fieldSite) {}
}
