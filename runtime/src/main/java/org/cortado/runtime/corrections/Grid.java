package org.cortado.runtime.corrections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tree of lookups that is one regular grid, flattened into a row-major table of numbers. POG
 * files nest their lookups (MUO: a binning on |eta| whose every bin holds a binning on pt with the
 * same edges, ending in numbers), so an evaluation walks one node per axis; the grid finds the same
 * number with one index computation.
 *
 * <p>A tree is a grid when, level by level, all its nodes are lookups on the same inputs, bins and
 * flow ({@link Node#sameCells}) and the last level holds numbers only. The grid answers only for
 * values inside every axis: {@link #cell} gives {@link Node#NO_CELL} for anything the flow would
 * decide (clamping, a flow node, an error), and the caller then evaluates the tree, so results and
 * errors are the tree's own.
 */
final class Grid {
  /**
   * Larger tables are not built: scale factors have tens to thousands of cells, and a grid is
   * built for every binding, so per chunk.
   */
  private static final int MAX_CELLS = 1 << 16;

  private final int[] inputs;
  private final boolean[] intInputs;
  private final Axis[] axes;
  private final int[] strides;
  private final double[] values;

  private Grid(List<Level> levels, double[] values) {
    int d = levels.size();
    this.inputs = new int[d];
    this.intInputs = new boolean[d];
    this.axes = new Axis[d];
    this.strides = new int[d];
    this.values = values;
    int stride = 1;
    for (int k = d - 1; k >= 0; k--) {
      Level level = levels.get(k);
      inputs[k] = level.input();
      intInputs[k] = level.intInput();
      axes[k] = level.axis();
      strides[k] = stride;
      stride *= level.axis().bins();
    }
  }

  /** One axis of a lookup: the input it reads and its bins. */
  record Level(int input, boolean intInput, Axis axis) {}

  /** The grid {@code root} is, or null when it is not one. */
  static Grid of(Node root) {
    List<Level> levels = new ArrayList<>();
    List<Node> nodes = List.of(root);
    while (!(nodes.get(0) instanceof Constant)) {
      Node first = nodes.get(0);
      List<Level> own = first.gridLevels();
      if (own.isEmpty() || (long) nodes.size() * first.cellCount() > MAX_CELLS) {
        return null;
      }
      List<Node> next = new ArrayList<>(nodes.size() * first.cellCount());
      for (Node n : nodes) {
        if (n != first && !n.sameCells(first)) {
          return null;
        }
        for (int c = 0; c < n.cellCount(); c++) {
          next.add(n.content(c));
        }
      }
      levels.addAll(own);
      nodes = next;
    }
    double[] values = new double[nodes.size()];
    for (int c = 0; c < values.length; c++) {
      if (!(nodes.get(c) instanceof Constant number)) {
        return null;
      }
      values[c] = number.value();
    }
    return new Grid(levels, values);
  }

  /** Whether {@code other} reads the same inputs with the same bins, so their cells correspond. */
  boolean sameCells(Grid other) {
    return Arrays.equals(inputs, other.inputs) && Arrays.equals(intInputs, other.intInputs)
        && Axis.sameBins(axes, other.axes);
  }

  /** The number of cells. */
  int size() {
    return values.length;
  }

  /** The number in cell {@code cell}. */
  double value(int cell) {
    return values[cell];
  }

  /** The cell {@code in} falls in, or {@link Node#NO_CELL} when a value is outside an axis. */
  int cell(Inputs in) {
    int index = 0;
    for (int d = 0; d < axes.length; d++) {
      int input = inputs[d];
      int bin = axes[d].locate(intInputs[d] ? (double) in.integer[input] : in.real[input]);
      if (bin < 0) {
        return Node.NO_CELL;
      }
      index += bin * strides[d];
    }
    return index;
  }
}
