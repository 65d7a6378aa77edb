package org.cortado.params;

import java.util.Optional;

/**
 * A parameter problem with everything needed to fix it: the kind, the dotted parameter path (when
 * there is one) and the file and line involved. The message reads, for example, {@code
 * [params:Params.WrongType] 'object_preselection.Muon.pt' at user.yaml:3: expected float, found
 * string "abc"}.
 */
public final class ParamsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ParamsProblem problem;
  private final String path;
  private final transient SourceLocation source;

  ParamsException(ParamsProblem problem, String path, SourceLocation source, String detail) {
    this(problem, path, source, detail, null);
  }

  ParamsException(
      ParamsProblem problem, String path, SourceLocation source, String detail, Throwable cause) {
    super(format(problem, path, source, detail), cause);
    this.problem = problem;
    this.path = path;
    this.source = source;
  }

  private static String format(
      ParamsProblem problem, String path, SourceLocation source, String detail) {
    StringBuilder message = new StringBuilder("[params:").append(problem.id()).append(']');
    if (path != null && !path.isEmpty()) {
      message.append(" '").append(path).append('\'');
    }
    if (source != null) {
      message.append(" at ").append(source);
    }
    return message.append(": ").append(detail).toString();
  }

  public ParamsProblem problem() {
    return problem;
  }

  /** The dotted parameter path the problem is about, if any. */
  public Optional<String> path() {
    return Optional.ofNullable(path).filter(p -> !p.isEmpty());
  }

  /** The file and line the problem was found at, if known. */
  public Optional<SourceLocation> source() {
    return Optional.ofNullable(source);
  }
}
