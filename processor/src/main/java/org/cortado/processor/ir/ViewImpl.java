package org.cortado.processor.ir;

import java.util.List;
import org.cortado.processor.model.ViewBinding;
import org.cortado.processor.model.ViewType;

/** A view interface implemented over one collection: the generated class's accessors. */
public record ViewImpl(ViewType type, String collection, List<ViewBinding.Bound> accessors) {
  /** Copies the list. */
  public ViewImpl {
    accessors = List.copyOf(accessors);
  }
}
