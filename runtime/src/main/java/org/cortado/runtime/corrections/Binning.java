package org.cortado.runtime.corrections;

import java.util.List;

/** A one-dimensional lookup: the bin of one real or int input selects a content node. */
final class Binning extends Node {
  private final int input;
  private final boolean intInput;
  private final Axis axis;
  private final Node[] content;
  private final Flow flow;
  private final Node flowNode;

  Binning(int input, boolean intInput, Axis axis, Node[] content, Flow flow, Node flowNode) {
    this.input = input;
    this.intInput = intInput;
    this.axis = axis;
    this.content = content;
    this.flow = flow;
    this.flowNode = flowNode;
  }

  @Override
  double eval(Inputs in) {
    int bin = cell(in);
    return bin == NO_CELL ? flowNode.eval(in) : content[bin].eval(in);
  }

  @Override
  int cell(Inputs in) {
    double v = intInput ? (double) in.integer[input] : in.real[input];
    int bin = flow == Flow.WRAP ? axis.wrap(v) : axis.locate(v);
    if (bin < 0) {
      bin = flow.outOfRange(bin, axis, in, input, "Binning");
      if (bin == Flow.USE_FLOW_NODE) {
        return NO_CELL;
      }
    }
    return bin;
  }

  @Override
  List<Grid.Level> gridLevels() {
    // A wrapped axis folds even in-range values, which can round into a neighbouring bin.
    return flow == Flow.WRAP ? List.of() : List.of(new Grid.Level(input, intInput, axis));
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
    return other instanceof Binning b && b.input == input && b.intInput == intInput
        && b.flow == flow && b.axis.sameBins(axis);
  }

  @Override
  Node bindStrings(String[] fixed) {
    Node[] boundContent = bindAll(content, fixed);
    Node boundFlow = flowNode == null ? null : flowNode.bindStrings(fixed);
    if (boundContent == content && boundFlow == flowNode) {
      return this;
    }
    return new Binning(input, intInput, axis, boundContent, flow, boundFlow);
  }
}
