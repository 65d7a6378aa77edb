package org.cortado.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Recognises the parameter types that take a whole collection ({@code CollectionView}
 * interfaces) or a set of flags ({@code Flags}), and reads a view interface's accessors: its
 * abstract methods other than {@code size()}, in declaration order, super-interfaces after.
 */
final class ViewTypes {
  private final Types types;
  private final Mirrors mirrors;
  private final TypeMirror view;
  private final TypeMirror flags;
  private final Map<String, ViewType> cache = new LinkedHashMap<>();

  ViewTypes(Elements elements, Types types, Mirrors mirrors) {
    this.types = types;
    this.mirrors = mirrors;
    this.view = types.erasure(elements.getTypeElement(AnnotationNames.COLLECTION_VIEW).asType());
    this.flags = types.erasure(elements.getTypeElement(AnnotationNames.FLAGS).asType());
  }

  /** Whether {@code t} is {@code Flags}. */
  boolean isFlags(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED && types.isSameType(types.erasure(t), flags);
  }

  /** The view interface {@code t}, or null if {@code t} is not a {@code CollectionView}. */
  ViewType viewType(TypeMirror t) {
    if (t.getKind() != TypeKind.DECLARED || !types.isAssignable(types.erasure(t), view)
        || types.isSameType(types.erasure(t), view)) {
      return null;
    }
    TypeElement e = (TypeElement) ((DeclaredType) t).asElement();
    return cache.computeIfAbsent(e.getQualifiedName().toString(), k -> read(e));
  }

  private ViewType read(TypeElement e) {
    String problem = "";
    if (e.getKind() != ElementKind.INTERFACE) {
      problem = "it is not an interface";
    } else if (!e.getTypeParameters().isEmpty()) {
      problem = "it has type parameters";
    } else if (!accessible(e)) {
      problem = "it is private, so the generated kernel cannot implement it";
    }
    List<ViewType.Accessor> accessors = new ArrayList<>();
    collect(e, accessors, new TreeSet<>());
    return new ViewType(e, ClassName.get(e), accessors, problem);
  }

  private void collect(TypeElement e, List<ViewType.Accessor> out, Set<String> seen) {
    if (types.isSameType(types.erasure(e.asType()), view)) {
      return;
    }
    for (Element member : e.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD
          || !member.getModifiers().contains(Modifier.ABSTRACT)) {
        continue;
      }
      ExecutableElement m = (ExecutableElement) member;
      String name = m.getSimpleName().toString();
      if (name.equals("size") && m.getParameters().isEmpty() || !seen.add(name)) {
        continue;
      }
      boolean shape = m.getParameters().size() == 1
          && m.getParameters().get(0).asType().getKind() == TypeKind.INT
          && m.getTypeParameters().isEmpty();
      LeafType type = LeafType.of(m.getReturnType().getKind());
      AnnotationMirror field = Mirrors.find(m, AnnotationNames.FIELD);
      String fieldName = field == null ? name : mirrors.string(field, "value");
      Site fieldSite = field == null ? Site.of(m)
          : new AnnotationSite(m, field, field).at("value");
      out.add(new ViewType.Accessor(name, fieldName, type, m.getReturnType().toString(),
          shape && type != null, Site.of(m), fieldSite));
    }
    for (TypeMirror s : e.getInterfaces()) {
      collect((TypeElement) types.asElement(s), out, seen);
    }
  }

  private static boolean accessible(Element e) {
    for (Element c = e; c != null && c.getKind() != ElementKind.PACKAGE;
        c = c.getEnclosingElement()) {
      if (c.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
    }
    return true;
  }
}
