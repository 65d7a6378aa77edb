package org.cortado.runtime.weights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.cortado.runtime.corrections.CorrectionSet;

/** Correction files loaded at most once per process, by absolute path. Thread-safe. */
final class CorrectionFiles {
  private static final ConcurrentMap<Path, CorrectionSet> LOADED = new ConcurrentHashMap<>();

  private CorrectionFiles() {}

  static CorrectionSet load(Path file) {
    return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
      try {
        return CorrectionSet.load(f);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read correction file " + f, e);
      }
    });
  }
}
