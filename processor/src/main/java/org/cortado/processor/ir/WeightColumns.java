package org.cortado.processor.ir;

import java.util.List;

/**
 * The weight columns added to every category that exports columns, as PocketCoffea adds them to
 * its column outputs: {@code weight}, the event's weight (for data too), and for simulation
 * {@code weight_variation_<name>} per weight variation. A slot's {@code pos} is its variation's
 * index in {@link LoopIr#variations()}.
 */
public record WeightColumns(List<ColumnSlot> slots, List<Integer> categories) {
  /** Copies the lists. */
  public WeightColumns {
    slots = List.copyOf(slots);
    categories = List.copyOf(categories);
  }
}
