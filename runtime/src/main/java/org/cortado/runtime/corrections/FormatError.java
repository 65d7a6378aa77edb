package org.cortado.runtime.corrections;

/**
 * A schema violation found while reading, carrying the JSON location of the offending node. Each
 * reader level that catches it on the way up prepends its own path segment, so the path is built
 * only when something is wrong; {@link CorrectionReader} turns it into a
 * {@link CorrectionFormatException} naming the file and correction.
 */
final class FormatError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final int PATH_END = 120;

  private String path = "";

  FormatError(String message) {
    super(message, null, false, false);
  }

  /** Prepends a segment such as {@code ".content"} or {@code "[3]"} and returns this. */
  FormatError at(String segment) {
    path = segment + path;
    return this;
  }

  /** The JSON path from the root; a very deep one keeps its two ends. */
  String path() {
    return "$" + (path.length() <= 2 * PATH_END ? path
        : path.substring(0, PATH_END) + "..." + path.substring(path.length() - PATH_END));
  }
}
