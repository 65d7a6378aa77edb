package org.cortado.processor.ir;

import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.HistogramModel;

/**
 * A histogram fill: one value per axis, each a column (a method's result is read as the derived
 * column the builder made of it). At most one collection is filled per object ({@code perObject}).
 */
public record FillStep(HistogramModel model, int index, List<ColumnRef> values,
    String perObject, List<Integer> categories, List<Node> inputs) implements Step {
  /** Copies the lists. */
  public FillStep {
    values = List.copyOf(values);
    categories = List.copyOf(categories);
    inputs = List.copyOf(inputs);
  }

  @Override
  public EventKind on() {
    return model.on();
  }

  @Override
  public String label() {
    return "@Histogram \"" + model.name() + "\"";
  }
}
