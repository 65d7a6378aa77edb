package org.cortado.processor.params;

import java.util.List;
import org.cortado.params.Params;

/**
 * The merged parameters of one analysis at compile time, or why they could not be loaded.
 * {@code params} is null when any file is missing or invalid; {@code searched} describes where
 * file names were looked up, for messages.
 */
public record AnalysisParams(Params params, List<FileProblem> problems, String searched) {
  /**
   * A parameter file that could not be used: {@code index} in {@code @Analysis(params)} (or -1
   * when the failing file is unknown), and either not found or invalid with {@code detail}.
   */
  public record FileProblem(int index, String name, boolean notFound, String detail) {}

  /** Copies the list. */
  public AnalysisParams {
    problems = List.copyOf(problems);
  }

  /** No parameters needed: nothing was loaded and nothing failed. */
  public static AnalysisParams none() {
    return new AnalysisParams(null, List.of(), "");
  }

  /** Whether the tree is available for checks. */
  public boolean loaded() {
    return params != null;
  }
}
