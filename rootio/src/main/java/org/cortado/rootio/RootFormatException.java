package org.cortado.rootio;

import java.io.IOException;

/**
 * A ROOT file that cannot be read as claimed: truncated, corrupt, of an unsupported layout, or asked
 * for a tree or branch it does not have. The message always names the file, and the tree, branch and
 * basket where one is involved.
 */
public final class RootFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public RootFormatException(String message) {
    super(message);
  }

  public RootFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
