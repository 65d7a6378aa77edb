package org.cortado.params;

import java.util.Objects;

/**
 * Where a parameter value was written: the YAML source (a file path, or a classpath resource for
 * the shipped defaults) and the 1-based line. Values produced by a resolver carry the location of
 * the interpolation that called it.
 */
public record SourceLocation(String file, int line) {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line is 1-based, got " + line);
    }
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
