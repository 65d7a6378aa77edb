package org.cortado.processor.ir;

import java.util.List;
import org.cortado.processor.model.CollectionModel;

/**
 * A collection built once per event, after the skim: an object selection ({@code call} runs per
 * object of the source) or a merge ({@code fields} are the fields gathered from the sources, the
 * sort field first). {@code base} is the raw or merged collection whose storage its objects index.
 */
public record Build(CollectionModel model, Call call, List<String> fields, String base,
    List<Node> inputs) implements Node {
  /** Copies the lists. */
  public Build {
    fields = List.copyOf(fields);
    inputs = List.copyOf(inputs);
  }

  /** The collection's name. */
  public String name() {
    return model.name();
  }

  @Override
  public String label() {
    return (model.selection() ? "@ObjectSelection \"" : "@Merge \"") + model.name() + "\"";
  }
}
