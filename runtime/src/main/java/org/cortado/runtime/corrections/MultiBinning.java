package org.cortado.runtime.corrections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An N-dimensional lookup over a row-major content array (the last input varies fastest). All
 * axes share one flow; with a flow node, the first out-of-range axis selects it.
 */
final class MultiBinning extends Node {
  private final int[] inputs;
  private final boolean[] intInputs;
  private final Axis[] axes;
  private final int[] strides;
  private final Node[] content;
  private final Flow flow;
  private final Node flowNode;

  MultiBinning(int[] inputs, boolean[] intInputs, Axis[] axes, Node[] content, Flow flow,
      Node flowNode) {
    this.inputs = inputs;
    this.intInputs = intInputs;
    this.axes = axes;
    this.content = content;
    this.flow = flow;
    this.flowNode = flowNode;
    this.strides = new int[axes.length];
    int stride = 1;
    for (int d = axes.length - 1; d >= 0; d--) {
      strides[d] = stride;
      stride *= axes[d].bins();
    }
  }

  /** The number of content nodes the axes call for. */
  static long cells(Axis[] axes) {
    long cells = 1;
    for (Axis axis : axes) {
      cells *= axis.bins();
    }
    return cells;
  }

  @Override
  double eval(Inputs in) {
    int index = cell(in);
    return index == NO_CELL ? flowNode.eval(in) : content[index].eval(in);
  }

  @Override
  int cell(Inputs in) {
    int index = 0;
    for (int d = 0; d < axes.length; d++) {
      int input = inputs[d];
      double v = intInputs[d] ? (double) in.integer[input] : in.real[input];
      int bin = flow == Flow.WRAP ? axes[d].wrap(v) : axes[d].locate(v);
      if (bin < 0) {
        bin = flow.outOfRange(bin, axes[d], in, input, "MultiBinning");
        if (bin == Flow.USE_FLOW_NODE) {
          return NO_CELL;
        }
      }
      index += bin * strides[d];
    }
    return index;
  }

  @Override
  List<Grid.Level> gridLevels() {
    if (flow == Flow.WRAP) {
      return List.of(); // see Binning
    }
    List<Grid.Level> levels = new ArrayList<>();
    for (int d = 0; d < axes.length; d++) {
      levels.add(new Grid.Level(inputs[d], intInputs[d], axes[d]));
    }
    return levels;
  }

  @Override
  int cellCount() {
    return content.length;
  }

  @Override
  Node content(int cell) {
    return content[cell];
  }

  @Override
  boolean sameCells(Node other) {
    return other instanceof MultiBinning m && m.flow == flow && Arrays.equals(m.inputs, inputs)
        && Arrays.equals(m.intInputs, intInputs) && Axis.sameBins(m.axes, axes);
  }

  @Override
  Node bindStrings(String[] fixed) {
    Node[] boundContent = bindAll(content, fixed);
    Node boundFlow = flowNode == null ? null : flowNode.bindStrings(fixed);
    if (boundContent == content && boundFlow == flowNode) {
      return this;
    }
    return new MultiBinning(inputs, intInputs, axes, boundContent, flow, boundFlow);
  }
}
