package org.cortado.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * An annotation as written on an element ({@code mirror} may be nested, for {@code @Axis}),
 * with the enclosing top-level annotation that javac needs to locate it.
 */
public record AnnotationSite(Element element, AnnotationMirror top, AnnotationMirror mirror) {
  /** The site of attribute {@code attr}: its value if written explicitly, else the annotation. */
  public Site at(String attr) {
    AnnotationValue v = explicit(attr);
    return new Site(element, top, v != null ? v : (top == mirror ? null : outerValueOf(mirror)));
  }

  /** The site of element {@code i} of array attribute {@code attr}. */
  public Site at(String attr, int i) {
    AnnotationValue v = explicit(attr);
    if (v != null && v.getValue() instanceof List<?> list && i < list.size()) {
      return new Site(element, top, (AnnotationValue) list.get(i));
    }
    return at(attr);
  }

  /** Whether attribute {@code attr} is written explicitly (not left to its default). */
  public boolean isExplicit(String attr) {
    return explicit(attr) != null;
  }

  /** The annotation itself. */
  public Site site() {
    return new Site(element, top, top == mirror ? null : outerValueOf(mirror));
  }

  private AnnotationValue explicit(String attr) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attr)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Finds the annotation value inside {@code top} that holds the nested {@code nested}, looking
   * through arrays and through annotations ({@code top} may be javac's implicit container of
   * repeated annotations, whose {@code @Axis} values are one level further down).
   */
  private AnnotationValue outerValueOf(AnnotationMirror nested) {
    for (AnnotationValue v : top.getElementValues().values()) {
      AnnotationValue hit = find(v, nested);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  private static AnnotationValue find(AnnotationValue v, AnnotationMirror nested) {
    Object o = v.getValue();
    if (o == nested) {
      return v;
    }
    if (o instanceof List<?> list) {
      for (Object x : list) {
        AnnotationValue hit = find((AnnotationValue) x, nested);
        if (hit != null) {
          return hit;
        }
      }
    } else if (o instanceof AnnotationMirror m) {
      for (AnnotationValue x : m.getElementValues().values()) {
        AnnotationValue hit = find(x, nested);
        if (hit != null) {
          return hit;
        }
      }
    }
    return null;
  }
}
