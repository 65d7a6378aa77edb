package org.cortado.processor.ir;

import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.processor.model.LeafType;
import org.cortado.processor.model.PerPeriod;

/**
 * A value branch read from the chunk: its name per period (an empty entry for a period that does
 * not read it, as a flag listed for one period only), its type, which kind of events need it
 * ({@code readFor}: {@link EventKind#MC} when only simulation steps read it), and whether only
 * {@code Flags} sets read it ({@code flagOnly}), which bind their branches themselves.
 */
public record Read(PerPeriod branches, LeafType type, EventKind readFor, boolean flagOnly)
    implements Node {
  @Override
  public List<Node> inputs() {
    return List.of();
  }

  @Override
  public String label() {
    return branches.varies() ? String.join("/", branches.all()) : branches.first();
  }
}
