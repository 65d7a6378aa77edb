package org.cortado.processor.ir;

import java.util.List;
import org.cortado.annotations.EventKind;

/** A category: the AND of category cuts ({@code inputs}), empty for every event. */
public record CategoryStep(String name, int index, List<Node> inputs) implements Step {
  /** Copies the list. */
  public CategoryStep {
    inputs = List.copyOf(inputs);
  }

  @Override
  public EventKind on() {
    return EventKind.ALL;
  }

  @Override
  public String label() {
    return "@Category \"" + name + "\"";
  }
}
