package org.cortado.processor.model;

import org.cortado.annotations.EventKind;

/**
 * A {@code @Derived} column: its name, the collection it is a field of (empty per event), its
 * method and type (the return type), and the events it exists for.
 */
public record DerivedModel(String name, String collection, MethodModel method, LeafType type,
    EventKind on, AnnotationSite site) {
  /** Whether it has one value per object. */
  public boolean perObject() {
    return !collection.isEmpty();
  }

  /** How readers name it: {@code mll}, {@code JetGood_ptRaw}. */
  public String columnName() {
    return perObject() ? collection + "_" + name : name;
  }
}
