package org.cortado.rootio;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the {@code [min,max]} or {@code [min,max,nbits]} of a {@code Double32_t} title: numbers,
 * {@code pi} and {@code twopi} in any case, and + - * / with parentheses, as uproot accepts them.
 */
final class RangeExpression {
  private final String text;
  private int pos;

  private RangeExpression(String text) {
    this.text = text;
  }

  /**
   * The two or three values between the first {@code [} and the first {@code ]} of {@code title}, or
   * null if there are none, they do not parse, or the third is not a whole number.
   */
  static double[] bracket(String title) {
    int left = title.indexOf('[');
    int right = title.indexOf(']');
    if (left < 0 || right < left) {
      return null;
    }
    RangeExpression e = new RangeExpression(title.substring(left + 1, right));
    List<Double> values = new ArrayList<>();
    try {
      do {
        values.add(e.sum());
      } while (e.accept(','));
      e.skipSpaces();
      if (e.pos != e.text.length()) {
        return null;
      }
    } catch (IllegalArgumentException notAnExpression) {
      return null;
    }
    if (values.size() < 2 || values.size() > 3 || (values.size() == 3 && values.get(2) != Math.rint(values.get(2)))) {
      return null;
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private double sum() {
    double v = product();
    while (true) {
      if (accept('+')) {
        v += product();
      } else if (accept('-')) {
        v -= product();
      } else {
        return v;
      }
    }
  }

  private double product() {
    double v = unary();
    while (true) {
      if (accept('*')) {
        v *= unary();
      } else if (accept('/')) {
        v /= unary();
      } else {
        return v;
      }
    }
  }

  private double unary() {
    if (accept('-')) {
      return -unary();
    }
    if (accept('+')) {
      return unary();
    }
    if (accept('(')) {
      double v = sum();
      if (!accept(')')) {
        throw new IllegalArgumentException("unbalanced parenthesis");
      }
      return v;
    }
    skipSpaces();
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
        || ((text.charAt(pos) == '+' || text.charAt(pos) == '-') && pos > start
            && Character.toLowerCase(text.charAt(pos - 1)) == 'e' && Character.isDigit(text.charAt(start))))) {
      pos++;
    }
    String token = text.substring(start, pos).toLowerCase();
    return switch (token) {
      case "pi" -> Math.PI;
      case "twopi" -> 2 * Math.PI;
      case "" -> throw new IllegalArgumentException("missing number");
      default -> Double.parseDouble(token);
    };
  }

  private boolean accept(char c) {
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
