package org.cortado.runtime.exec;

/**
 * A file lacks a branch the kernel reads, or stores it with another type than the one the
 * analysis was compiled against: the input's schema drifted from the compile-time schema. Never
 * skipped by {@code --skip-bad-files}, since every later file would likely fail the same way.
 */
public final class SchemaMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SchemaMismatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
