package org.cortado.runtime.corrections;

import java.util.ArrayList;
import java.util.List;

/**
 * A correction with its string inputs fixed, evaluated on its remaining int and real inputs in
 * declaration order, passed as doubles. Evaluation allocates nothing when the caller reuses its
 * argument array or uses the fixed-arity overloads.
 *
 * <p>Int inputs must be passed as integral doubles; values beyond 2<sup>53</sup> in magnitude
 * cannot be represented exactly that way, so use {@link CorrectionFunction#evaluate(Object...)}
 * for those. An instance keeps its own scratch argument vector and is therefore <em>not</em>
 * thread-safe: bind once per thread (binding is cheap; the correction itself is shared).
 */
public final class BoundCorrection {
  private final Node root;
  private final Inputs in;
  private final int[] numeric;
  private final boolean[] isInt;
  private final List<Variable> arguments;

  BoundCorrection(Signature signature, Node root) {
    this.root = root;
    this.in = new Inputs(signature);
    List<Variable> args = new ArrayList<>();
    for (Variable v : signature.inputs()) {
      if (v.type() != Variable.Type.STRING) {
        args.add(v);
      }
    }
    this.arguments = List.copyOf(args);
    this.numeric = new int[args.size()];
    this.isInt = new boolean[args.size()];
    for (int k = 0, i = 0; i < signature.size(); i++) {
      if (signature.input(i).type() != Variable.Type.STRING) {
        numeric[k] = i;
        isInt[k++] = signature.input(i).type() == Variable.Type.INT;
      }
    }
  }

  /** The inputs {@code evaluate} expects, in order: the correction's int and real inputs. */
  public List<Variable> arguments() {
    return arguments;
  }

  /**
   * Evaluates for the given int and real arguments.
   *
   * @throws CorrectionEvaluationException for a wrong number of arguments, a non-integral value
   *     for an int input, or a value the correction rejects
   */
  public double evaluate(double... args) {
    arity(args.length);
    for (int k = 0; k < args.length; k++) {
      set(k, args[k]);
    }
    return root.eval(in);
  }

  /** {@link #evaluate(double...)} for one argument, without an array. */
  public double evaluate(double a) {
    bind(a);
    return root.eval(in);
  }

  /** {@link #evaluate(double...)} for two arguments, without an array. */
  public double evaluate(double a, double b) {
    bind(a, b);
    return root.eval(in);
  }

  /** Sets the one argument of the next evaluation. */
  void bind(double a) {
    arity(1);
    set(0, a);
  }

  /** Sets the two arguments of the next evaluation. */
  void bind(double a, double b) {
    arity(2);
    set(0, a);
    set(1, b);
  }

  /** The tree with the fixed strings resolved. */
  Node root() {
    return root;
  }

  /** The value of the bound arguments, read from cell {@code cell} of the root lookup. */
  double evaluateCell(int cell) {
    return cell == Node.NO_CELL ? root.eval(in) : root.content(cell).eval(in);
  }

  /** The bound arguments. */
  Inputs inputs() {
    return in;
  }

  /** The cell of the root lookup the bound arguments select. */
  int cell() {
    return root.cell(in);
  }

  /** {@link #evaluate(double...)} for three arguments, without an array. */
  public double evaluate(double a, double b, double c) {
    arity(3);
    set(0, a);
    set(1, b);
    set(2, c);
    return root.eval(in);
  }

  /** {@link #evaluate(double...)} for four arguments, without an array. */
  public double evaluate(double a, double b, double c, double d) {
    arity(4);
    set(0, a);
    set(1, b);
    set(2, c);
    set(3, d);
    return root.eval(in);
  }

  private void arity(int n) {
    if (n != numeric.length) {
      throw new CorrectionEvaluationException("Correction '" + in.signature.correction()
          + "' bound to its strings takes " + numeric.length + " arguments " + arguments + ", got "
          + n);
    }
  }

  private void set(int k, double v) {
    int i = numeric[k];
    if (isInt[k]) {
      long l = (long) v;
      if (l != v || v >= 0x1p63) {
        throw new CorrectionEvaluationException("Correction '" + in.signature.correction()
            + "': input '" + arguments.get(k).name() + "' is declared int but got " + v);
      }
      in.integer[i] = l;
    } else {
      in.real[i] = v;
    }
  }
}
