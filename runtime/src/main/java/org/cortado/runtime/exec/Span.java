package org.cortado.runtime.exec;

import java.io.Serializable;

/** The entries {@code [start, stop)} of a tree. */
public record Span(long start, long stop) implements Serializable {
  /** Checks {@code 0 <= start <= stop}. */
  public Span {
    if (start < 0 || stop < start) {
      throw new IllegalArgumentException("bad entry range [" + start + ", " + stop + ")");
    }
  }

  /** Number of entries. */
  public long size() {
    return stop - start;
  }

  @Override
  public String toString() {
    return "[" + start + ", " + stop + ")";
  }
}
