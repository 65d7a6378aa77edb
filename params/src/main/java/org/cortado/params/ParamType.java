package org.cortado.params;

/** The kind of a resolved parameter value, as reported by {@link ParamNode#type()}. */
public enum ParamType {
  MAP("map"),
  LIST("list"),
  STRING("string"),
  INT("integer"),
  FLOAT("float"),
  BOOLEAN("boolean"),
  NULL("null"),
  /** A lazily resolved file reference such as {@code ${cvmfs:...}}; see {@link ParamPath}. */
  PATH("file reference"),
  /** OmegaConf's mandatory-missing marker {@code ???}: present, but reading it is an error. */
  MISSING("mandatory value '???'");

  private final String description;

  ParamType(String description) {
    this.description = description;
  }

  /** Whether a value of type {@code found} may be read as this type; integers widen to floats. */
  public boolean accepts(ParamType found) {
    return this == found || (this == FLOAT && found == INT);
  }

  /** Whether nodes of this type are scalars (everything except maps and lists). */
  public boolean isScalar() {
    return this != MAP && this != LIST;
  }

  @Override
  public String toString() {
    return description;
  }
}
