package org.cortado.runtime.corrections;

/**
 * Rewrites one input with the value of a rule node, then evaluates the content with the rewritten
 * input. Int inputs take {@code std::round} of the rule (half away from zero), converted to int64
 * as the reference does on x86-64 ({@link CMath#roundToInt64}). The slot is
 * restored afterwards instead of copying the argument vector, which keeps evaluation
 * allocation-free and nested transforms correct.
 */
final class Transform extends Node {
  private final int input;
  private final boolean intInput;
  private final Node rule;
  private final Node content;

  Transform(int input, boolean intInput, Node rule, Node content) {
    this.input = input;
    this.intInput = intInput;
    this.rule = rule;
    this.content = content;
  }

  @Override
  double eval(Inputs in) {
    double v = rule.eval(in);
    double result;
    if (intInput) {
      long saved = in.integer[input];
      in.integer[input] = CMath.roundToInt64(v);
      result = content.eval(in);
      in.integer[input] = saved;
    } else {
      double saved = in.real[input];
      in.real[input] = v;
      result = content.eval(in);
      in.real[input] = saved;
    }
    return result;
  }

  @Override
  Node bindStrings(String[] fixed) {
    Node r = rule.bindStrings(fixed);
    Node c = content.bindStrings(fixed);
    return r == rule && c == content ? this : new Transform(input, intInput, r, c);
  }
}
