package org.cortado.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Typed readers over annotation mirrors (defaults included), so the reader never walks
 * {@link AnnotationValue}s by hand and never loads the user's annotation instances.
 */
final class Mirrors {
  private final Elements elements;

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  static String nameOf(AnnotationMirror m) {
    return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The annotation {@code fqcn} on {@code e}, or null. */
  static AnnotationMirror find(Element e, String fqcn) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (nameOf(m).equals(fqcn)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Every {@code fqcn} on {@code e}, whether written once or repeated (javac then wraps them in
   * {@code container}), each with the top-level mirror that holds it.
   */
  List<AnnotationSite> findAll(Element e, String fqcn, String container) {
    List<AnnotationSite> out = new ArrayList<>();
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (nameOf(m).equals(fqcn)) {
        out.add(new AnnotationSite(e, m, m));
      } else if (nameOf(m).equals(container)) {
        for (AnnotationMirror inner : annotations(m, "value")) {
          out.add(new AnnotationSite(e, m, inner));
        }
      }
    }
    return out;
  }

  private Object raw(AnnotationMirror m, String attr) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : elements.getElementValuesWithDefaults(m).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attr)) {
        return e.getValue().getValue();
      }
    }
    throw new IllegalArgumentException("no attribute " + attr + " on " + nameOf(m));
  }

  String string(AnnotationMirror m, String attr) {
    return (String) raw(m, attr);
  }

  int integer(AnnotationMirror m, String attr) {
    return ((Number) raw(m, attr)).intValue();
  }

  double real(AnnotationMirror m, String attr) {
    return ((Number) raw(m, attr)).doubleValue();
  }

  boolean bool(AnnotationMirror m, String attr) {
    return (Boolean) raw(m, attr);
  }

  String enumName(AnnotationMirror m, String attr) {
    return ((VariableElement) raw(m, attr)).getSimpleName().toString();
  }

  List<String> strings(AnnotationMirror m, String attr) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) raw(m, attr)) {
      out.add((String) ((AnnotationValue) o).getValue());
    }
    return out;
  }

  List<Double> reals(AnnotationMirror m, String attr) {
    List<Double> out = new ArrayList<>();
    for (Object o : (List<?>) raw(m, attr)) {
      out.add(((Number) ((AnnotationValue) o).getValue()).doubleValue());
    }
    return out;
  }

  List<Integer> integers(AnnotationMirror m, String attr) {
    List<Integer> out = new ArrayList<>();
    for (Object o : (List<?>) raw(m, attr)) {
      out.add(((Number) ((AnnotationValue) o).getValue()).intValue());
    }
    return out;
  }

  List<AnnotationMirror> annotations(AnnotationMirror m, String attr) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (Object o : (List<?>) raw(m, attr)) {
      out.add((AnnotationMirror) ((AnnotationValue) o).getValue());
    }
    return out;
  }

  /** Names with their sites, for reference checks. */
  List<Ref> refs(AnnotationSite site, String attr) {
    List<Ref> out = new ArrayList<>();
    List<String> names = strings(site.mirror(), attr);
    for (int i = 0; i < names.size(); i++) {
      out.add(new Ref(names.get(i), site.at(attr, i)));
    }
    return out;
  }
}
