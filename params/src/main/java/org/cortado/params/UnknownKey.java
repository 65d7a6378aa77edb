package org.cortado.params;

/**
 * A key an overlay writes that names nothing in the parameters it overlays: its dotted path, where
 * it is written, and the closest existing key at that place ({@code ""} when none is close), which
 * makes it a likely typo.
 */
public record UnknownKey(String path, SourceLocation source, String suggestion) {
  /** Whether a close existing key suggests a typo rather than a deliberate addition. */
  public boolean likelyTypo() {
    return !suggestion.isEmpty();
  }

  @Override
  public String toString() {
    return "'" + path + "' at " + source + " names no parameter of the analysis"
        + (likelyTypo() ? "; did you mean '" + suggestion + "'?" : "");
  }
}
