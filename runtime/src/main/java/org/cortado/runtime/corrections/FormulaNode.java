package org.cortado.runtime.corrections;

/**
 * A formula or a formularef: a shared parsed expression plus this node's parameter values. Inline
 * formulas with the same expression and variables share one AST too, only their parameters
 * differ (a JEC level repeats one expression for each of its 82 eta bins).
 */
final class FormulaNode extends Node {
  private final Expr expr;
  private final double[] parameters;

  FormulaNode(Expr expr, double[] parameters) {
    this.expr = expr;
    this.parameters = parameters;
  }

  @Override
  double eval(Inputs in) {
    return expr.eval(in.real, parameters);
  }

  @Override
  Node bindStrings(String[] fixed) {
    return this;
  }
}
