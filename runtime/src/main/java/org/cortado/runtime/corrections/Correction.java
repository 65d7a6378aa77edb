package org.cortado.runtime.corrections;

/** One correction of a {@link CorrectionSet}: a versioned tree of content nodes. */
public final class Correction extends CorrectionFunction {
  private final int version;

  Correction(Signature signature, String description, int version, Variable output, Node root) {
    super(signature, description, output, root);
    this.version = version;
  }

  public int version() {
    return version;
  }
}
