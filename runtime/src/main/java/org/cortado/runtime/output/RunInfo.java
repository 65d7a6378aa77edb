package org.cortado.runtime.output;

import java.time.Instant;
import java.util.List;
import org.cortado.runtime.exec.ExecutionOptions;

/** How a run was started, for {@code config.json} and {@code run.json}. */
public record RunInfo(String analysisClass, List<String> commandLine, ExecutionOptions options,
    Instant started) {
  /** Copies the command line. */
  public RunInfo {
    commandLine = List.copyOf(commandLine);
  }
}
