package org.cortado.runtime.corrections;

/**
 * The root of a compound correction. Each stage's tree was read against the compound's own inputs,
 * so stages evaluate on the compound's argument vector directly; the updated inputs are modified
 * in place, which is safe because this node is always a root over a vector owned by the call.
 */
final class CompoundNode extends Node {

  /** How a stage result is folded into an input or into the output. */
  enum Op { ADD, MULTIPLY, DIVIDE, LAST }

  private final Node[] stages;
  private final String[] stageNames;
  private final int[] updates;
  private final Op inputOp;
  private final Op outputOp;

  CompoundNode(Node[] stages, String[] stageNames, int[] updates, Op inputOp, Op outputOp) {
    this.stages = stages;
    this.stageNames = stageNames;
    this.updates = updates;
    this.inputOp = inputOp;
    this.outputOp = outputOp;
  }

  @Override
  double eval(Inputs in) {
    double out = 0.0;
    for (int s = 0; s < stages.length; s++) {
      double sf;
      try {
        sf = stages[s].eval(in);
      } catch (CorrectionEvaluationException e) {
        throw new CorrectionEvaluationException("stage '" + stageNames[s] + "': " + e.getMessage());
      }
      for (int u : updates) {
        in.real[u] = apply(inputOp, in.real[u], sf);
      }
      out = s == 0 ? sf : apply(outputOp, out, sf);
    }
    return out;
  }

  private static double apply(Op op, double acc, double sf) {
    switch (op) {
      case ADD: return acc + sf;
      case MULTIPLY: return acc * sf;
      case DIVIDE: return acc / sf;
      default: return sf;
    }
  }

  @Override
  Node bindStrings(String[] fixed) {
    Node[] bound = bindAll(stages, fixed);
    return bound == stages ? this : new CompoundNode(bound, stageNames, updates, inputOp, outputOp);
  }
}
