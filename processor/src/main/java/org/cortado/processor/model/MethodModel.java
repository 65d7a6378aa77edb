package org.cortado.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;

/** A user method called by the kernel: name, shape and bound parameters. */
public record MethodModel(
    ExecutableElement element, String name, boolean isStatic, boolean isPrivate,
    TypeKind returnKind, String returnText, List<ParamModel> params) {
  /** Copies the list. */
  public MethodModel {
    params = List.copyOf(params);
  }
}
