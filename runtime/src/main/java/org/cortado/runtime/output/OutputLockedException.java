package org.cortado.runtime.output;

import java.io.IOException;

/** Another run is writing the output folder a run or merge was pointed at. */
public final class OutputLockedException extends IOException {
  OutputLockedException(String message) {
    super(message);
  }
}
