package org.cortado.runtime.dataset;

import java.nio.file.Path;

/** A dataset file that cannot be used; the message names the file and, where known, the dataset. */
public final class DatasetFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DatasetFormatException(Path file, String dataset, String problem) {
    super(file + (dataset == null ? "" : ", dataset '" + dataset + "'") + ": " + problem);
  }

  DatasetFormatException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
