package org.cortado.processor.ir;

import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.processor.model.WeightModel;

/**
 * One weight factor of simulated events, with its variations. A method weight has {@code nominal}
 * and, with variations, {@code up} and {@code down}; a standard weight is computed by its runtime
 * evaluator from {@code parts}: several declarations of the same standard weight under one name
 * (b-tag scale factors of two jet collections) multiply into one factor whose variations move
 * together. {@code variations} are the variation names it adds, {@code Up} before {@code Down}.
 */
public record WeightStep(String name, List<WeightModel> parts, Call nominal, Call up, Call down,
    List<String> sources, List<Integer> categories, List<String> samples, List<Node> inputs)
    implements Step {
  /** Copies the lists. */
  public WeightStep {
    parts = List.copyOf(parts);
    sources = List.copyOf(sources);
    categories = List.copyOf(categories);
    samples = List.copyOf(samples);
    inputs = List.copyOf(inputs);
  }

  /** The first declaration. */
  public WeightModel model() {
    return parts.get(0);
  }

  /** Whether it has variations. */
  public boolean varies() {
    return model().hasVariations();
  }

  @Override
  public EventKind on() {
    return EventKind.MC;
  }

  @Override
  public String label() {
    return "@Weight \"" + name + "\"";
  }
}
