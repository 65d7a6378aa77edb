package org.cortado.runtime.corrections;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed access to JSON object members that fails with a located {@link FormatError}. */
final class Json {
  private Json() {}

  static JsonNode required(JsonNode object, String key) {
    JsonNode value = object.get(key);
    if (value == null) {
      throw new FormatError("missing required attribute '" + key + "'");
    }
    return value;
  }

  static String requiredString(JsonNode object, String key) {
    JsonNode value = required(object, key);
    if (!value.isTextual()) {
      throw new FormatError("attribute '" + key + "' must be a string, found " + describe(value))
          .at("." + key);
    }
    return value.textValue();
  }

  /** A string or JSON null / absent, which read as the empty string (as in correctionlib). */
  static String optionalString(JsonNode object, String key) {
    JsonNode value = object.get(key);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new FormatError("attribute '" + key + "' must be a string or null, found "
          + describe(value)).at("." + key);
    }
    return value.textValue();
  }

  static JsonNode requiredArray(JsonNode object, String key) {
    JsonNode value = required(object, key);
    if (!value.isArray()) {
      throw new FormatError("attribute '" + key + "' must be an array, found " + describe(value))
          .at("." + key);
    }
    return value;
  }

  /** An array, or {@code null} when the attribute is absent or JSON null. */
  static JsonNode optionalArray(JsonNode object, String key) {
    JsonNode value = object.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw new FormatError("attribute '" + key + "' must be an array or null, found "
          + describe(value)).at("." + key);
    }
    return value;
  }

  static int requiredInt(JsonNode object, String key) {
    JsonNode value = required(object, key);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new FormatError("attribute '" + key + "' must be an integer, found " + describe(value))
          .at("." + key);
    }
    return value.intValue();
  }

  static void requireObject(JsonNode value, String what) {
    if (!value.isObject()) {
      throw new FormatError(what + " must be an object, found " + describe(value));
    }
  }

  /** A JSON number (including the {@code Infinity} and {@code NaN} literals). */
  static double number(JsonNode value, String what) {
    if (!value.isNumber()) {
      throw new FormatError(what + " must be a number, found " + describe(value));
    }
    return value.doubleValue();
  }

  static double[] numbers(JsonNode array, String what) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      try {
        out[i] = number(array.get(i), what);
      } catch (FormatError e) {
        throw e.at("[" + i + "]");
      }
    }
    return out;
  }

  /** A short rendering for messages; containers are summarised, since they may be nested deep. */
  static String describe(JsonNode value) {
    if (value.isArray()) {
      return "array of " + value.size() + " elements";
    }
    if (value.isObject()) {
      return "object with " + value.size() + " members";
    }
    String text = value.toString();
    return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
        + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
  }
}
