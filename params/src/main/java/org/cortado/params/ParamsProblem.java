package org.cortado.params;

/**
 * The catalogue of things that can go wrong with parameters. Each constant has a stable id printed
 * as {@code [params:<id>]}, so tests and tools can match on the kind rather than on wording.
 */
public enum ParamsProblem {
  /** A parameter file or resource cannot be read at all. */
  UNREADABLE("Io.Unreadable"),
  /** The YAML text cannot be parsed. */
  SYNTAX("Yaml.Syntax"),
  DUPLICATE_KEY("Yaml.DuplicateKey"),
  /** Valid YAML we do not model: custom tags, binary, non-scalar keys, recursive aliases. */
  UNSUPPORTED_YAML("Yaml.Unsupported"),
  /** A map was needed (a file's top level, a path step, a {@code forYear} subtree). */
  NOT_A_MAP("Params.NotAMap"),
  MISSING_KEY("Params.Missing"),
  /** The value is {@code ???} and no later file filled it in. */
  MANDATORY_MISSING("Params.MandatoryMissing"),
  WRONG_TYPE("Params.WrongType"),
  INTERPOLATION_SYNTAX("Interpolation.Syntax"),
  INTERPOLATION_MISSING("Interpolation.Missing"),
  INTERPOLATION_CYCLE("Interpolation.Cycle"),
  /** An interpolated value cannot be used where it appears (a map inside a string, say). */
  INTERPOLATION_TYPE("Interpolation.Type"),
  UNKNOWN_RESOLVER("Interpolation.UnknownResolver"),
  /** No root directory is configured for a {@link ParamPath} scheme. */
  NO_ROOT("Path.NoRoot"),
  /** A file reference resolved to a location where no file exists. */
  FILE_MISSING("Path.FileMissing");

  private final String id;

  ParamsProblem(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
