package org.cortado.runtime.skim;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.cortado.rootio.write.WriteOptions;

/**
 * Where skims go and what they hold.
 *
 * @param dir the folder, new or empty
 * @param branches globs of the branches kept ({@code Muon_*}, {@code run}); empty keeps all. The
 *     counter of a kept jagged branch is kept with it.
 * @param write the compression and basket size of the files
 */
public record SkimOptions(Path dir, List<String> branches, WriteOptions write) {
  /** Copies the list. */
  public SkimOptions {
    Objects.requireNonNull(dir);
    Objects.requireNonNull(write);
    branches = List.copyOf(branches);
  }
}
