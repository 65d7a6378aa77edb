package org.cortado.processor.ir;

import org.cortado.annotations.EventKind;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.LeafType;

/**
 * One exported column: its index in the layout, what it holds ({@code ref} is the field read, null
 * for a size), the position for {@link Role#POSITION}, the runtime {@code ColumnType} and
 * {@code Shape} constant names, the index of the column holding its counts (-1 for none) and the
 * events it is filled for. A {@link Role#WEIGHT} column's {@code pos} is its variation's index.
 */
public record ColumnSlot(int index, Role role, ColumnRef ref, int pos, String name, String type,
    String shape, int counts, EventKind on) {
  /** What a column holds. */
  public enum Role {
    /** A field of every object. */
    FIELD,
    /** A field of the object at one position, padded. */
    POSITION,
    /** The number of objects. */
    SIZE,
    /** A per-event branch or derived column. */
    EVENT,
    /** The event's weight in one variation ({@code weight}, {@code weight_variation_<name>}). */
    WEIGHT
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
