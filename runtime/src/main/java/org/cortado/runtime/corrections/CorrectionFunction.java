package org.cortado.runtime.corrections;

import java.util.List;

/**
 * What {@link Correction} and {@link CompoundCorrection} have in common: a named function of typed
 * inputs returning a real. Instances are immutable and safe to share between threads.
 *
 * <p>Two ways to call one: {@link #evaluate(Object...)} takes boxed arguments of exactly the
 * declared types ({@link String}, {@link Long} or {@link Integer}, {@link Double}) and is meant
 * for tools and tests; {@link #bind(String...)} fixes the string inputs once and returns a
 * {@link BoundCorrection} whose {@code evaluate(double...)} allocates nothing, for event loops.
 */
public abstract sealed class CorrectionFunction permits Correction, CompoundCorrection {
  final Signature signature;
  private final String description;
  private final Variable output;
  final Node root;

  CorrectionFunction(Signature signature, String description, Variable output, Node root) {
    this.signature = signature;
    this.description = description;
    this.output = output;
    this.root = root;
  }

  public final String name() {
    return signature.correction();
  }

  public final String description() {
    return description;
  }

  /** The declared inputs, in call order. */
  public final List<Variable> inputs() {
    return signature.inputs();
  }

  public final Variable output() {
    return output;
  }

  /**
   * Evaluates with boxed arguments in declaration order.
   *
   * @throws CorrectionEvaluationException for a wrong number or type of arguments, and for values
   *     the correction rejects (out of range under flow {@code error}, unknown category key)
   */
  public final double evaluate(Object... args) {
    Inputs in = new Inputs(signature);
    if (args.length != signature.size()) {
      throw new CorrectionEvaluationException("Correction '" + name() + "' takes "
          + signature.size() + " arguments " + signature.inputs() + ", got " + args.length);
    }
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      Variable v = signature.input(i);
      if (v.type() == Variable.Type.STRING && a instanceof String) {
        in.string[i] = (String) a;
      } else if (v.type() == Variable.Type.INT && (a instanceof Long || a instanceof Integer
          || a instanceof Short || a instanceof Byte)) {
        in.integer[i] = ((Number) a).longValue();
      } else if (v.type() == Variable.Type.REAL && (a instanceof Double || a instanceof Float)) {
        in.real[i] = ((Number) a).doubleValue();
      } else {
        throw new CorrectionEvaluationException("Correction '" + name() + "': input '" + v.name()
            + "' is declared " + v.type().jsonName() + " but got "
            + (a == null ? "null" : a.getClass().getSimpleName() + " " + a));
      }
    }
    return root.eval(in);
  }

  /**
   * Fixes the string inputs, in declaration order, and returns an allocation-free evaluator over
   * the remaining (int and real) inputs. The correction tree is specialised for the given strings,
   * so categories on them cost nothing per call. A string that is not a key of some category
   * fails only when an evaluation reaches that category.
   *
   * @throws IllegalArgumentException if the number of strings differs from the number of string
   *     inputs
   */
  public final BoundCorrection bind(String... strings) {
    String[] fixed = new String[signature.size()];
    int used = 0;
    for (int i = 0; i < fixed.length; i++) {
      if (signature.input(i).type() == Variable.Type.STRING) {
        if (used < strings.length) {
          fixed[i] = java.util.Objects.requireNonNull(strings[used], "string argument");
        }
        used++;
      }
    }
    if (used != strings.length) {
      throw new IllegalArgumentException("Correction '" + name() + "' has " + used
          + " string inputs " + signature.inputs() + ", got " + strings.length + " strings");
    }
    return new BoundCorrection(signature, root.bindStrings(fixed));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + " '" + name() + "' " + signature.inputs() + " -> " + output;
  }
}
