package org.cortado.runtime.corrections;

/**
 * A schema violation found while reading, carrying the JSON location of the offending node. Each
 * reader level that catches it on the way up prepends its own path segment, so the path is built
 * only when something is wrong; {@link CorrectionReader} turns it into a
 * {@link CorrectionFormatException} naming the file and correction.
 */
final class FormatError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private String path = "";

  FormatError(String message) {
    super(message, null, false, false);
  }

  /** Prepends a segment such as {@code ".content"} or {@code "[3]"} and returns this. */
  FormatError at(String segment) {
    path = segment + path;
    return this;
  }

  String path() {
    return "$" + path;
  }
}
