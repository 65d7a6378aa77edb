package org.cortado.runtime.kernel;

/**
 * A kernel's event loop failed: the message names the analysis, the event of the chunk and the
 * analysis method that threw, with the annotation it was called for; the cause is what it threw.
 */
public final class KernelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KernelException(String message, Throwable cause) {
    super(message, cause);
  }
}
