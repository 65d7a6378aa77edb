package org.cortado.runtime.corrections;

/**
 * A correction file could not be loaded: malformed JSON, a wrong schema version, an unknown node
 * type or a node that breaks the schema. The message names the file, the correction and the JSON
 * location of the offending node.
 */
public final class CorrectionFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CorrectionFormatException(String message) {
    super(message);
  }

  CorrectionFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
