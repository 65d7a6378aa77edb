package org.cortado.runtime.corrections;

/**
 * A content node of a correction tree. Trees are immutable after loading; all per-call state
 * lives in {@link Inputs}.
 */
abstract class Node {

  /** Evaluates this node for the given arguments. Must not allocate. */
  abstract double eval(Inputs in);

  /**
   * Returns an equivalent tree in which every category on a string input listed in {@code fixed}
   * (indexed by input, {@code null} where not fixed) is replaced by the branch it selects. Nodes
   * return {@code this} when nothing below them changes, so unaffected subtrees stay shared.
   */
  abstract Node bindStrings(String[] fixed);

  /** Binds every node of {@code nodes}, returning the same array when none changed. */
  static Node[] bindAll(Node[] nodes, String[] fixed) {
    Node[] out = nodes;
    for (int i = 0; i < nodes.length; i++) {
      Node bound = nodes[i].bindStrings(fixed);
      if (bound != nodes[i]) {
        if (out == nodes) {
          out = nodes.clone();
        }
        out[i] = bound;
      }
    }
    return out;
  }
}
