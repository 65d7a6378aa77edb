package org.cortado.runtime.lumi;

/** A golden JSON file is malformed; the message names the file and the offending run. */
public final class LumiMaskFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LumiMaskFormatException(String message) {
    super(message);
  }
}
