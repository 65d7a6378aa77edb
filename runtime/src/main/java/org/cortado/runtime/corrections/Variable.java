package org.cortado.runtime.corrections;

import java.util.Objects;

/**
 * One typed input or output of a correction, as declared in the JSON file.
 *
 * @param name the name other nodes use to refer to this variable
 * @param type the declared type; arguments must match it exactly
 * @param description free text, empty when the file gives none
 */
public record Variable(String name, Type type, String description) {

  /** The three value types of correctionlib schema v2. */
  public enum Type {
    /** A string, used for systematic names, working points, eras. */
    STRING("string"),
    /** A signed 64-bit integer. */
    INT("int"),
    /** A double. */
    REAL("real");

    private final String jsonName;

    Type(String jsonName) {
      this.jsonName = jsonName;
    }

    /** The spelling used in the JSON schema. */
    public String jsonName() {
      return jsonName;
    }

    static Type fromJson(String name) {
      for (Type t : values()) {
        if (t.jsonName.equals(name)) {
          return t;
        }
      }
      return null;
    }
  }

  public Variable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
  }

  @Override
  public String toString() {
    return name + ":" + type.jsonName;
  }
}
