package org.cortado.processor.ir;

import java.util.List;
import org.cortado.processor.model.DerivedModel;

/**
 * A derived column, computed at most once per event when first read. {@code missable} is true
 * when the column can be missing in an event: its method reads a positional input, or a derived
 * column that can be missing. {@code base} is the storage a per-object column is indexed by. A
 * histogram method's result is a derived column too, named after the histogram ({@code label}
 * says which), so that it is computed once per event however many categories fill it.
 */
public record Derive(DerivedModel model, Call call, boolean missable, String base, String label,
    List<Node> inputs) implements Node {
  /** Copies the list. */
  public Derive {
    inputs = List.copyOf(inputs);
  }
}
