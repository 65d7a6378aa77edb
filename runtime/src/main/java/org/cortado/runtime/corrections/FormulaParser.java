package org.cortado.runtime.corrections;

import org.cortado.runtime.corrections.Expr.Function1;
import org.cortado.runtime.corrections.Expr.Function2;

/**
 * Parses correctionlib's TFormula dialect (the PEG of {@code formula_ast.cc}) by recursive descent
 * with precedence climbing. The dialect is small and peculiar, and real files depend on the
 * peculiarities: literals carry their own leading minus ({@code x--6.48}, {@code 1.2+-3e-05}),
 * unary minus binds tighter than {@code ^} ({@code -x^2 == (-x)^2}), {@code ^} is
 * right-associative, exponents are {@code e} or {@code e-} only, and blanks are spaces and tabs.
 */
final class FormulaParser {
  private static final String[] FUNCTIONS_1 = {"log10", "acosh", "asinh", "atanh", "sqrt", "cosh",
      "sinh", "tanh", "acos", "asin", "atan", "log", "exp", "erf", "abs", "cos", "sin", "tan"};
  private static final Function1[] FUNCTIONS_1_OPS = {Function1.LOG10, Function1.ACOSH,
      Function1.ASINH, Function1.ATANH, Function1.SQRT, Function1.COSH, Function1.SINH,
      Function1.TANH, Function1.ACOS, Function1.ASIN, Function1.ATAN, Function1.LOG,
      Function1.EXP, Function1.ERF, Function1.ABS, Function1.COS, Function1.SIN, Function1.TAN};
  private static final String[] FUNCTIONS_2 = {"atan2", "pow", "max", "min"};
  private static final Function2[] FUNCTIONS_2_OPS = {Function2.ATAN2, Function2.POW,
      Function2.MAX, Function2.MIN};
  /** Two-character operators first, so matching is longest-first as in peglib's dictionaries. */
  private static final String[] OPERATORS = {"||", "&&", "==", "!=", ">=", "<=", ">", "<", "+",
      "-", "*", "/", "^"};
  private static final Function2[] OPERATOR_OPS = {Function2.OR, Function2.AND, Function2.EQ,
      Function2.NE, Function2.GE, Function2.LE, Function2.GT, Function2.LT, Function2.PLUS,
      Function2.MINUS, Function2.TIMES, Function2.DIV, Function2.POW};
  private static final int[] OPERATOR_PRECEDENCE = {1, 2, 3, 3, 4, 4, 4, 4, 5, 5, 6, 6, 7};
  private static final int POWER = OPERATORS.length - 1;

  /**
   * How deep a formula may nest (brackets, calls, operator chains). Real formulas nest a few dozen
   * levels; the limit keeps parsing and evaluating (both recursive) well inside a thread's stack.
   */
  static final int MAX_DEPTH = 1000;

  private final String text;
  private final int[] variables;
  private int pos;
  private int depth;

  private FormulaParser(String text, int[] variables) {
    this.text = text;
    this.variables = variables;
  }

  /**
   * Parses {@code expression}; {@code variables[i]} is the input index that variable {@code i}
   * ({@code x, y, z, t} or {@code x[i]}) reads.
   *
   * @throws IllegalArgumentException with the position of the first syntax error
   */
  static Expr parse(String expression, int[] variables) {
    FormulaParser p = new FormulaParser(expression, variables);
    Expr e = p.expression(0);
    p.skipBlanks();
    if (p.pos != expression.length()) {
      throw p.error("unexpected '" + expression.charAt(p.pos) + "'");
    }
    return e;
  }

  private Expr expression(int minPrecedence) {
    if (depth == MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
    depth++;
    try {
      return operations(minPrecedence);
    } finally {
      depth--;
    }
  }

  private Expr operations(int minPrecedence) {
    Expr left = atom();
    while (true) {
      skipBlanks();
      int op = operatorAt();
      if (op < 0 || OPERATOR_PRECEDENCE[op] < minPrecedence) {
        return left;
      }
      pos += OPERATORS[op].length();
      int next = op == POWER ? OPERATOR_PRECEDENCE[op] : OPERATOR_PRECEDENCE[op] + 1;
      left = bounded(new Expr.Binary(OPERATOR_OPS[op], left, expression(next)));
    }
  }

  private int operatorAt() {
    for (int i = 0; i < OPERATORS.length; i++) {
      if (text.startsWith(OPERATORS[i], pos)) {
        return i;
      }
    }
    return -1;
  }

  private Expr atom() {
    skipBlanks();
    Expr literal = literal();
    if (literal != null) {
      return literal;
    }
    boolean negate = false;
    if (peek() == '-') {
      negate = true;
      pos++;
      skipBlanks();
    }
    Expr e = primary();
    return negate ? bounded(new Expr.Unary(Function1.NEGATE, e)) : e;
  }

  /** {@code '-'? [0-9]+ ('.' [0-9]*)? ('e' '-'? [0-9]+)?} as one token, or null. */
  private Expr literal() {
    int p = pos;
    if (charAt(p) == '-') {
      p++;
    }
    if (!isDigit(charAt(p))) {
      return null;
    }
    p = digits(p);
    if (charAt(p) == '.') {
      p = digits(p + 1);
    }
    if (charAt(p) == 'e') {
      int q = p + 1;
      if (charAt(q) == '-') {
        q++;
      }
      if (isDigit(charAt(q))) {
        p = digits(q);
      }
    }
    double value = Double.parseDouble(text.substring(pos, p));
    pos = p;
    return new Expr.Literal(value);
  }

  private Expr primary() {
    int start = pos;
    int f1 = longestPrefix(FUNCTIONS_1);
    if (f1 >= 0) {
      pos += FUNCTIONS_1[f1].length();
      if (consume('(')) {
        Expr a = expression(0);
        expect(')');
        return bounded(new Expr.Unary(FUNCTIONS_1_OPS[f1], a));
      }
      pos = start;
    }
    int f2 = longestPrefix(FUNCTIONS_2);
    if (f2 >= 0) {
      pos += FUNCTIONS_2[f2].length();
      if (consume('(')) {
        Expr a = expression(0);
        expect(',');
        Expr b = expression(0);
        expect(')');
        return bounded(new Expr.Binary(FUNCTIONS_2_OPS[f2], a, b));
      }
      pos = start;
    }
    char c = peek();
    if (c == '[') {
      pos++;
      skipBlanks();
      int index = number("parameter index");
      expect(']');
      return new Expr.Parameter(index);
    }
    if (c == 'x' && charAt(pos + 1) == '[') {
      pos += 2;
      int index = number("variable index");
      if (peek() != ']') {
        throw error("expected ']'");
      }
      pos++;
      return variable(index, start);
    }
    int xyzt = "xyzt".indexOf(c);
    if (xyzt >= 0) {
      pos++;
      return variable(xyzt, start);
    }
    if (consumeNoBlanks('(')) {
      Expr e = expression(0);
      expect(')');
      return e;
    }
    throw error("expected a number, variable, parameter, function call or '('");
  }

  /** {@code e}, unless an operator chain such as {@code x+x+...+x} made it too tall. */
  private Expr bounded(Expr e) {
    if (e.height > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
    return e;
  }

  private Expr variable(int index, int start) {
    if (index >= variables.length) {
      pos = start;
      throw error("variable " + index + " used, but the formula declares only " + variables.length
          + " variables");
    }
    return new Expr.Variable(variables[index]);
  }

  private int longestPrefix(String[] names) {
    int best = -1;
    for (int i = 0; i < names.length; i++) {
      if (text.startsWith(names[i], pos)
          && (best < 0 || names[i].length() > names[best].length())) {
        best = i;
      }
    }
    return best;
  }

  private int number(String what) {
    int end = digits(pos);
    if (end == pos) {
      throw error("expected a " + what);
    }
    try {
      int n = Integer.parseInt(text.substring(pos, end));
      pos = end;
      return n;
    } catch (NumberFormatException e) {
      throw error(what + " too large");
    }
  }

  private int digits(int p) {
    while (isDigit(charAt(p))) {
      p++;
    }
    return p;
  }

  private boolean consume(char c) {
    skipBlanks();
    return consumeNoBlanks(c);
  }

  private boolean consumeNoBlanks(char c) {
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void skipBlanks() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private char peek() {
    return charAt(pos);
  }

  private char charAt(int p) {
    return p < text.length() ? text.charAt(p) : 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private IllegalArgumentException error(String problem) {
    String shown = text.length() <= 200 ? text : text.substring(0, 200) + "...";
    return new IllegalArgumentException("cannot parse formula \"" + shown + "\" at position " + pos
        + ": " + problem);
  }
}
