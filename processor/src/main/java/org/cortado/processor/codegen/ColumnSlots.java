package org.cortado.processor.codegen;

import java.util.ArrayList;
import java.util.List;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.LeafType;

/**
 * The exported columns of every {@code @ColOut}, in layout order, and how each is filled. Per
 * column output: its fields (every object, or one column per field and position), then
 * {@code <coll>_N} when it is stored or shapes list columns.
 */
final class ColumnSlots {
  /** What a column holds. */
  enum Role { FIELD, POSITION, SIZE }

  /**
   * One exported column: {@code index} in the layout, the field index in {@code owner.columns()}
   * (-1 for the size), the position (-1 unless {@link Role#POSITION}), the runtime
   * {@code ColumnType} and {@code Shape} constant names and the index of its counts column.
   */
  record Slot(int index, ColOutModel owner, Role role, int field, int pos, String name,
      String type, String shape, int counts) {
    /** The resolved per-object field, or null for the size. */
    ColumnRef ref() {
      return field < 0 ? null : owner.refs().get(field);
    }
  }

  private ColumnSlots() {}

  static List<Slot> of(AnalysisModel model) {
    List<Slot> out = new ArrayList<>();
    for (ColOutModel co : model.colOuts()) {
      String coll = co.collection();
      if (co.positional()) {
        for (int f = 0; f < co.columns().size(); f++) {
          for (int k = co.posStart(); k < co.posEnd(); k++) {
            out.add(new Slot(out.size(), co, Role.POSITION, f, k,
                coll + "_" + co.columns().get(f) + "_" + k, type(co.refs().get(f).type()),
                "EVENT", -1));
          }
        }
        if (co.storeSize()) {
          out.add(new Slot(out.size(), co, Role.SIZE, -1, -1, coll + "_N", "INT", "EVENT", -1));
        }
        continue;
      }
      boolean sized = co.storeSize() || !co.flatten();
      int size = sized ? out.size() + co.columns().size() : -1;
      for (int f = 0; f < co.columns().size(); f++) {
        out.add(new Slot(out.size(), co, Role.FIELD, f, -1, coll + "_" + co.columns().get(f),
            type(co.refs().get(f).type()), co.flatten() ? "OBJECT" : "LIST", size));
      }
      if (sized) {
        out.add(new Slot(out.size(), co, Role.SIZE, -1, -1, coll + "_N", "INT",
            co.storeSize() ? "EVENT" : "COUNTS", -1));
      }
    }
    return out;
  }

  /** The slots of one column output. */
  static List<Slot> of(List<Slot> all, ColOutModel owner) {
    List<Slot> out = new ArrayList<>();
    for (Slot s : all) {
      if (s.owner() == owner) {
        out.add(s);
      }
    }
    return out;
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

  /** {@code expr} as a {@code double} for {@code ColumnBuffer.add}. */
  static String asDouble(String expr, LeafType leaf) {
    return leaf == LeafType.BOOLEAN ? "(" + expr + " ? 1.0 : 0.0)" : expr;
  }

  /** The {@code double} literal a missing position of a {@code leaf} column is filled with. */
  static String fill(double fill, LeafType leaf) {
    double v;
    switch (leaf) {
      case BOOLEAN: v = fill != 0 ? 1.0 : 0.0; break;
      case FLOAT: v = (float) fill; break;
      case DOUBLE: v = fill; break;
      default: v = (double) (long) fill;
    }
    if (Double.isNaN(v)) {
      return "Double.NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
    }
    return Double.toString(v);
  }
}
