package org.cortado.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic goes, as narrow as known: an element, optionally the annotation on it, and
 * optionally the annotation value. Used only for diagnostics and originating elements.
 */
public record Site(Element element, AnnotationMirror mirror, AnnotationValue value) {
  /** The element alone. */
  public static Site of(Element element) {
    return new Site(element, null, null);
  }
}
