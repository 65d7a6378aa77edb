package org.cortado.runtime.corrections;

import java.util.List;

/**
 * A content node of a correction tree. Trees are immutable after loading; all per-call state
 * lives in {@link Inputs}.
 */
abstract class Node {

  /** What {@link #cell} returns when the value does not come from a cell of this node. */
  static final int NO_CELL = -1;

  /** Evaluates this node for the given arguments. Must not allocate. */
  abstract double eval(Inputs in);

  /**
   * For a lookup: the index of the content cell {@code in} selects, or {@link #NO_CELL} when the
   * value comes from a flow node or this is not a lookup. Throws as {@link #eval} does.
   */
  int cell(Inputs in) {
    return NO_CELL;
  }

  /**
   * The axes of a lookup whose in-range values find their cell by {@link Axis#locate}, in the
   * order of its cell index (the last varies fastest); empty for other nodes.
   */
  List<Grid.Level> gridLevels() {
    return List.of();
  }

  /** The number of content cells of a lookup; 0 for other nodes. */
  int cellCount() {
    return 0;
  }

  /** The content node of cell {@code cell} of a lookup. */
  Node content(int cell) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no cells");
  }

  /** Whether {@code other} is a lookup on the same inputs and bins, so equal inputs give equal cells. */
  boolean sameCells(Node other) {
    return false;
  }

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
