package org.cortado.runtime.weights;

import java.nio.file.Path;
import org.cortado.runtime.corrections.CorrectionSet;

/** Correction files loaded at most once per process, by absolute path. Thread-safe. */
final class CorrectionFiles {
  private CorrectionFiles() {}

  static CorrectionSet load(Path file) {
    return CorrectionSet.cached(file);
  }
}
