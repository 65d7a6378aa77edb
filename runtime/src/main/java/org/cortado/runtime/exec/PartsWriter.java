package org.cortado.runtime.exec;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * Writes the column parts of one work item under a folder, with the names they have in an output
 * folder. Serialisable, so that a task on another machine writes them, into a folder of its own
 * attempt, for the driver to adopt.
 */
@FunctionalInterface
public interface PartsWriter extends Serializable {
  /**
   * Writes the columns of {@code outputs}, item number {@code part} of {@code dataset}, under
   * {@code dir}, replacing files of the same name.
   *
   * @return the parts written, relative to {@code dir}, {@code /}-separated
   */
  List<String> write(Path dir, Dataset dataset, int part, KernelOutputs outputs)
      throws IOException;
}
