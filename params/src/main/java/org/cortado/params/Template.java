package org.cortado.params;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A YAML string parsed into literal text and OmegaConf-style interpolations: references {@code
 * ${a.b.c}} (absolute) or {@code ${.sibling}} / {@code ${..uncle}} (relative), and resolver calls
 * {@code ${name:arg1,arg2}} whose arguments may themselves contain interpolations. {@code \${}
 * stands for a literal {@code ${}.
 */
record Template(String text, List<Part> parts) {

  Template {
    parts = List.copyOf(parts);
  }

  sealed interface Part permits Literal, Reference, Call {}

  record Literal(String text) implements Part {}

  /**
   * @param parentLevels 0 for an absolute reference, otherwise the number of leading dots: one dot
   *     names a sibling of the interpolating value, two a sibling of its parent, and so on
   */
  record Reference(int parentLevels, List<String> keys, String text) implements Part {
    Reference {
      keys = List.copyOf(keys);
    }
  }

  record Call(String resolver, List<Template> arguments, String text) implements Part {
    Call {
      arguments = List.copyOf(arguments);
    }
  }

  private static final Pattern RESOLVER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

  /** Parses {@code text}; a string without interpolations becomes a single literal. */
  static Template parse(String text) {
    Parser parser = new Parser(text);
    List<Part> parts = parser.parts("");
    return new Template(text, parts);
  }

  /** Whether the string has no interpolation at all (after unescaping {@code \${}). */
  boolean isLiteral() {
    return parts.stream().allMatch(part -> part instanceof Literal);
  }

  /** The unescaped text of a literal-only template. */
  String literalText() {
    StringBuilder builder = new StringBuilder();
    parts.forEach(part -> builder.append(((Literal) part).text()));
    return builder.toString();
  }

  /** Whether the whole string is one interpolation, whose result then keeps its own type. */
  boolean isWholeValue() {
    return parts.size() == 1 && !(parts.get(0) instanceof Literal);
  }

  /** Raised for malformed interpolation syntax; the reader adds file and line. */
  static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    /** Parts up to the end of the text or, outside nested interpolations, a terminator char. */
    List<Part> parts(String terminators) {
      List<Part> parts = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '\\' && text.startsWith("${", pos + 1)) {
          literal.append("${");
          pos += 3;
        } else if (text.startsWith("${", pos)) {
          flush(literal, parts);
          parts.add(interpolation());
        } else if (terminators.indexOf(c) >= 0) {
          break;
        } else {
          literal.append(c);
          pos++;
        }
      }
      flush(literal, parts);
      return parts;
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
    }

    private Part interpolation() {
      int start = pos;
      pos += 2;
      int colon = text.indexOf(':', pos);
      int close = text.indexOf('}', pos);
      if (close < 0) {
        throw new SyntaxError("unterminated interpolation in \"" + text + "\"");
      }
      boolean call = colon >= 0 && colon < close;
      if (call && RESOLVER_NAME.matcher(text.substring(pos, colon)).matches()) {
        String resolver = text.substring(pos, colon);
        pos = colon + 1;
        return new Call(resolver, arguments(start), text.substring(start, pos));
      }
      String body = text.substring(pos, close);
      if (body.contains("${")) {
        throw new SyntaxError(
            "nested interpolation inside a key is not supported in \"" + text + "\"");
      }
      pos = close + 1;
      return reference(body.strip(), text.substring(start, pos));
    }

    private List<Template> arguments(int start) {
      List<Template> arguments = new ArrayList<>();
      if (pos < text.length() && text.charAt(pos) == '}') {
        pos++;
        return arguments;
      }
      while (true) {
        int argumentStart = pos;
        List<Part> parts = strip(parts(",}"));
        if (pos >= text.length()) {
          throw new SyntaxError(
              "unterminated interpolation " + text.substring(start) + " in \"" + text + "\"");
        }
        arguments.add(new Template(text.substring(argumentStart, pos).strip(), parts));
        if (text.charAt(pos++) == '}') {
          return arguments;
        }
      }
    }

    /** OmegaConf ignores blanks around resolver arguments, so {@code ${f: a, b}} means a and b. */
    private static List<Part> strip(List<Part> parts) {
      List<Part> stripped = new ArrayList<>(parts);
      if (!stripped.isEmpty() && stripped.get(0) instanceof Literal) {
        stripped.set(0, new Literal(((Literal) stripped.get(0)).text().stripLeading()));
      }
      int last = stripped.size() - 1;
      if (last >= 0 && stripped.get(last) instanceof Literal) {
        stripped.set(last, new Literal(((Literal) stripped.get(last)).text().stripTrailing()));
      }
      stripped.removeIf(part -> part instanceof Literal && ((Literal) part).text().isEmpty());
      return stripped;
    }

    private Reference reference(String body, String source) {
      int levels = 0;
      while (levels < body.length() && body.charAt(levels) == '.') {
        levels++;
      }
      String rest = body.substring(levels);
      if (rest.isEmpty()) {
        throw new SyntaxError("empty reference " + source + " in \"" + text + "\"");
      }
      List<String> keys = List.of(rest.split("\\.", -1));
      if (keys.contains("")) {
        throw new SyntaxError("empty key in reference " + source + " in \"" + text + "\"");
      }
      return new Reference(levels, keys, source);
    }
  }
}
