package org.cortado.processor.ir;

import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.processor.model.LeafType;
import org.cortado.processor.model.PerPeriod;

/**
 * A value branch read from the chunk: its name per period (an empty entry for a period that does
 * not read it, as a flag listed for one period only), its type as the analysis's methods see it,
 * which kind of events need it ({@code readFor}: {@link EventKind#MC} when only simulation steps
 * read it), and who gives the loop its values ({@code source}).
 */
public record Read(PerPeriod branches, LeafType type, EventKind readFor, Source source)
    implements Node {
  /** Where the loop's values of a branch come from. */
  public enum Source {
    /** The chunk's array, bound once per chunk. */
    CHUNK,
    /** Only {@code Flags} sets read it, and bind their branches themselves. */
    FLAGS,
    /** Only calibrators read it, from the chunk themselves. */
    CALIBRATOR,
    /**
     * A calibrator replaces it: the loop reads the calibrator's {@code double} array of the
     * current pass (the calibrator reads the file's branch).
     */
    CALIBRATED
  }

  @Override
  public List<Node> inputs() {
    return List.of();
  }

  @Override
  public String label() {
    return branches.varies() ? String.join("/", branches.all()) : branches.first();
  }

  /** Whether the loop binds an array of it. */
  public boolean bound() {
    return source == Source.CHUNK || source == Source.CALIBRATED;
  }
}
