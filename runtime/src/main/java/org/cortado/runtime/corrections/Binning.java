package org.cortado.runtime.corrections;

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
    double v = intInput ? (double) in.integer[input] : in.real[input];
    int bin = flow == Flow.WRAP ? axis.wrap(v) : axis.locate(v);
    if (bin < 0) {
      bin = flow.outOfRange(bin, axis, in, input, "Binning");
      if (bin == Flow.USE_FLOW_NODE) {
        return flowNode.eval(in);
      }
    }
    return content[bin].eval(in);
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
