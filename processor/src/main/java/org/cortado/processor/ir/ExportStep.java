package org.cortado.processor.ir;

import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.processor.model.ColOutModel;

/** A {@code @ColOut}: its exported columns ({@code slots}) and the categories it exports. */
public record ExportStep(ColOutModel model, List<ColumnSlot> slots, List<Integer> categories,
    List<Node> inputs) implements Step {
  /** Copies the lists. */
  public ExportStep {
    slots = List.copyOf(slots);
    categories = List.copyOf(categories);
    inputs = List.copyOf(inputs);
  }

  @Override
  public EventKind on() {
    return model.on();
  }

  @Override
  public String label() {
    return "@ColOut " + (model.perEvent() ? "" : "\"" + model.collection() + "\" ")
        + model.columns();
  }
}
