package org.cortado.processor.model;

import java.util.Locale;
import javax.lang.model.type.TypeKind;

/** Java type of a NanoAOD leaf, as written in the schema file. */
public enum LeafType {
  FLOAT(TypeKind.FLOAT, "floats"),
  INT(TypeKind.INT, "ints"),
  LONG(TypeKind.LONG, "longs"),
  DOUBLE(TypeKind.DOUBLE, "doubles"),
  SHORT(TypeKind.SHORT, "shorts"),
  BYTE(TypeKind.BYTE, "bytes"),
  BOOLEAN(TypeKind.BOOLEAN, "booleans");

  private final TypeKind kind;
  private final String accessor;

  LeafType(TypeKind kind, String accessor) {
    this.kind = kind;
    this.accessor = accessor;
  }

  /** The primitive kind a parameter reading this leaf must have. */
  public TypeKind kind() {
    return kind;
  }

  /** The {@code ColumnChunk} getter for arrays of this type ({@code floats}). */
  public String accessor() {
    return accessor;
  }

  /** The Java keyword ({@code float}). */
  public String javaName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a schema type name ({@code float}). */
  public static LeafType parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }

  /** The leaf type for a primitive kind, or null. */
  public static LeafType of(TypeKind kind) {
    for (LeafType t : values()) {
      if (t.kind == kind) {
        return t;
      }
    }
    return null;
  }
}
