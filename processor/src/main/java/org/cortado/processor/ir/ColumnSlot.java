package org.cortado.processor.ir;

import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.LeafType;

/**
 * One exported column: its index in the layout, what it holds ({@code ref} is the field read, null
 * for a size), the position for {@link Role#POSITION}, the runtime {@code ColumnType} and
 * {@code Shape} constant names and the index of the column holding its counts (-1 for none).
 */
public record ColumnSlot(int index, Role role, ColumnRef ref, int pos, String name, String type,
    String shape, int counts) {
  /** What a column holds. */
  public enum Role {
    /** A field of every object. */
    FIELD,
    /** A field of the object at one position, padded. */
    POSITION,
    /** The number of objects. */
    SIZE,
    /** A per-event branch or derived column. */
    EVENT
  }

  /** The runtime {@code ColumnType} a leaf is written as. */
  static String type(LeafType leaf) {
    switch (leaf) {
      case FLOAT: return "FLOAT";
      case DOUBLE: return "DOUBLE";
      case LONG: return "LONG";
      case BOOLEAN: return "BOOLEAN";
      default: return "INT";
    }
  }
}
