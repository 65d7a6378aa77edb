package org.cortado.processor.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.cortado.annotations.EventKind;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.model.ColumnRef;

/**
 * The exported columns of every {@code @ColOut}, numbered in layout order. Per column output of a
 * collection: its fields (every object, or one column per field and position), then
 * {@code <coll>_N} when it is stored or shapes list columns; per-event columns are one column
 * each, under their own names. The weight columns come after all of them.
 */
final class ColumnSlots {
  private ColumnSlots() {}

  static List<ExportStep> exports(AnalysisModel model, List<String> categories,
      Function<ColumnRef, List<Node>> nodes) {
    List<ExportStep> out = new ArrayList<>();
    int next = 0;
    for (ColOutModel co : model.colOuts()) {
      List<ColumnSlot> slots = slots(co, next);
      next += slots.size();
      List<Node> in = new ArrayList<>();
      for (ColumnRef r : co.refs()) {
        for (Node n : nodes.apply(r)) {
          if (!in.contains(n)) {
            in.add(n);
          }
        }
      }
      out.add(new ExportStep(co, slots, IrBuilder.indices(co.categories(), categories), in));
    }
    return out;
  }

  /**
   * The weight columns of the categories {@code exports} write, numbered after theirs: one per
   * variation, the nominal for every event and the others for simulation only.
   */
  static WeightColumns weights(List<ExportStep> exports, List<Variation> variations) {
    SortedSet<Integer> categories = new TreeSet<>();
    int next = 0;
    for (ExportStep x : exports) {
      categories.addAll(x.categories());
      next += x.slots().size();
    }
    List<ColumnSlot> out = new ArrayList<>();
    for (int v = 0; v < variations.size() && !categories.isEmpty(); v++) {
      out.add(new ColumnSlot(next + v, ColumnSlot.Role.WEIGHT, null, v,
          v == 0 ? "weight" : "weight_variation_" + variations.get(v).name(), "DOUBLE", "EVENT", -1,
          v == 0 ? EventKind.ALL : EventKind.MC));
    }
    return new WeightColumns(out, List.copyOf(categories));
  }

  private static List<ColumnSlot> slots(ColOutModel co, int first) {
    List<ColumnSlot> out = new ArrayList<>();
    String coll = co.collection();
    if (co.perEvent()) {
      for (int f = 0; f < co.columns().size(); f++) {
        ColumnRef r = co.refs().get(f);
        out.add(new ColumnSlot(first + out.size(), ColumnSlot.Role.EVENT, r, -1,
            co.columns().get(f), ColumnSlot.type(r.type()), "EVENT", -1, co.on()));
      }
      return out;
    }
    if (co.positional()) {
      for (int f = 0; f < co.columns().size(); f++) {
        ColumnRef r = co.refs().get(f);
        for (int k = co.posStart(); k < co.posEnd(); k++) {
          out.add(new ColumnSlot(first + out.size(), ColumnSlot.Role.POSITION, r, k,
              coll + "_" + co.columns().get(f) + "_" + k, ColumnSlot.type(r.type()), "EVENT", -1, co.on()));
        }
      }
      if (co.storeSize()) {
        out.add(new ColumnSlot(first + out.size(), ColumnSlot.Role.SIZE, null, -1, coll + "_N",
            "INT", "EVENT", -1, co.on()));
      }
      return out;
    }
    boolean sized = co.storeSize() || !co.flatten();
    int size = sized ? first + co.columns().size() : -1;
    for (int f = 0; f < co.columns().size(); f++) {
      ColumnRef r = co.refs().get(f);
      out.add(new ColumnSlot(first + out.size(), ColumnSlot.Role.FIELD, r, -1,
          coll + "_" + co.columns().get(f), ColumnSlot.type(r.type()),
          co.flatten() ? "OBJECT" : "LIST", size, co.on()));
    }
    if (sized) {
      out.add(new ColumnSlot(first + out.size(), ColumnSlot.Role.SIZE, null, -1, coll + "_N",
          "INT", co.storeSize() ? "EVENT" : "COUNTS", -1, co.on()));
    }
    return out;
  }
}
