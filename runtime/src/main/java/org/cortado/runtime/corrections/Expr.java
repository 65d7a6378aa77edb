package org.cortado.runtime.corrections;

/**
 * A parsed TFormula expression. Variables read the correction's real inputs by input index;
 * parameters read the array of the formula or formularef node that evaluates the expression, so
 * one tree serves every node with the same expression and variables.
 */
abstract class Expr {
  /** Nodes on the longest path to a leaf; evaluation recurses this deep. */
  final int height;

  Expr(int height) {
    this.height = height;
  }

  abstract double eval(double[] x, double[] p);

  /** The highest {@code [i]} parameter index used, or -1. */
  abstract int maxParameter();

  static final class Literal extends Expr {
    private final double value;

    Literal(double value) {
      super(1);
      this.value = value;
    }

    @Override
    double eval(double[] x, double[] p) {
      return value;
    }

    @Override
    int maxParameter() {
      return -1;
    }
  }

  static final class Variable extends Expr {
    private final int input;

    Variable(int input) {
      super(1);
      this.input = input;
    }

    @Override
    double eval(double[] x, double[] p) {
      return x[input];
    }

    @Override
    int maxParameter() {
      return -1;
    }
  }

  static final class Parameter extends Expr {
    private final int index;

    Parameter(int index) {
      super(1);
      this.index = index;
    }

    @Override
    double eval(double[] x, double[] p) {
      return p[index];
    }

    @Override
    int maxParameter() {
      return index;
    }
  }

  /** Unary minus and the one-argument functions. */
  enum Function1 {
    NEGATE, LOG, LOG10, EXP, ERF, SQRT, ABS, COS, SIN, TAN, ACOS, ASIN, ATAN, COSH, SINH, TANH,
    ACOSH, ASINH, ATANH
  }

  static final class Unary extends Expr {
    private final Function1 f;
    private final Expr a;

    Unary(Function1 f, Expr a) {
      super(a.height + 1);
      this.f = f;
      this.a = a;
    }

    @Override
    double eval(double[] x, double[] p) {
      double v = a.eval(x, p);
      switch (f) {
        case NEGATE: return -v;
        case LOG: return Math.log(v);
        case LOG10: return CMath.log10(v);
        case EXP: return Math.exp(v);
        case ERF: return CMath.erf(v);
        case SQRT: return Math.sqrt(v);
        case ABS: return Math.abs(v);
        case COS: return Math.cos(v);
        case SIN: return Math.sin(v);
        case TAN: return Math.tan(v);
        case ACOS: return Math.acos(v);
        case ASIN: return Math.asin(v);
        case ATAN: return Math.atan(v);
        case COSH: return Math.cosh(v);
        case SINH: return Math.sinh(v);
        case TANH: return Math.tanh(v);
        case ACOSH: return CMath.acosh(v);
        case ASINH: return CMath.asinh(v);
        default: return CMath.atanh(v);
      }
    }

    @Override
    int maxParameter() {
      return a.maxParameter();
    }
  }

  /** Binary operators and the two-argument functions; comparisons and logic yield 1.0 or 0.0. */
  enum Function2 {
    OR, AND, EQ, NE, GT, LT, GE, LE, PLUS, MINUS, TIMES, DIV, POW, ATAN2, MAX, MIN
  }

  static final class Binary extends Expr {
    private final Function2 f;
    private final Expr a;
    private final Expr b;

    Binary(Function2 f, Expr a, Expr b) {
      super(Math.max(a.height, b.height) + 1);
      this.f = f;
      this.a = a;
      this.b = b;
    }

    @Override
    double eval(double[] x, double[] p) {
      // Both sides are always evaluated, as in the reference (no short circuit).
      double l = a.eval(x, p);
      double r = b.eval(x, p);
      switch (f) {
        case PLUS: return l + r;
        case MINUS: return l - r;
        case TIMES: return l * r;
        case DIV: return l / r;
        case POW: return Math.pow(l, r);
        case ATAN2: return Math.atan2(l, r);
        case MAX: return CMath.max(l, r);
        case MIN: return CMath.min(l, r);
        case OR: return l != 0.0 || r != 0.0 ? 1.0 : 0.0;
        case AND: return l != 0.0 && r != 0.0 ? 1.0 : 0.0;
        case EQ: return l == r ? 1.0 : 0.0;
        case NE: return l != r ? 1.0 : 0.0;
        case GT: return l > r ? 1.0 : 0.0;
        case LT: return l < r ? 1.0 : 0.0;
        case GE: return l >= r ? 1.0 : 0.0;
        default: return l <= r ? 1.0 : 0.0;
      }
    }

    @Override
    int maxParameter() {
      return Math.max(a.maxParameter(), b.maxParameter());
    }
  }
}
