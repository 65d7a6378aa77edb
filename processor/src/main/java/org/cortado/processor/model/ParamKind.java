package org.cortado.processor.model;

import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The Java type of an {@code @Param} parameter, which fixes how its YAML value is read. */
public enum ParamKind {
  FLOAT("float"),
  DOUBLE("double"),
  INT("int"),
  LONG("long"),
  BOOLEAN("boolean"),
  STRING("String"),
  /** Any other type; validation reports it. */
  UNSUPPORTED(""),
  /** Not a Java type: a correction or certification file, a file reference or a path string. */
  FILE("a file reference"),
  /** Not a Java type: a key such as an era, written as a string or an integer. */
  KEY("a string or integer");

  private final String javaName;

  ParamKind(String javaName) {
    this.javaName = javaName;
  }

  /** How the type is written in Java. */
  public String javaName() {
    return javaName;
  }

  /** The kind for a parameter's type. */
  public static ParamKind of(TypeMirror type) {
    TypeKind k = type.getKind();
    switch (k) {
      case FLOAT: return FLOAT;
      case DOUBLE: return DOUBLE;
      case INT: return INT;
      case LONG: return LONG;
      case BOOLEAN: return BOOLEAN;
      case DECLARED: return type.toString().equals("java.lang.String") ? STRING : UNSUPPORTED;
      default: return UNSUPPORTED;
    }
  }
}
