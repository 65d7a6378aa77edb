package org.cortado.runtime.exec;

/** A work item or input file failed for good; the message names dataset, file and entries. */
public final class WorkFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  WorkFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
