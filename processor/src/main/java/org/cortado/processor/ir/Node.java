package org.cortado.processor.ir;

import java.util.List;

/** A node of the loop's dataflow graph: something computed or read once per event. */
public sealed interface Node permits Read, Offsets, Build, Derive, Step {
  /** The nodes this one reads, directly. */
  List<Node> inputs();

  /** How the node reads in messages and comments: {@code @Cut "dilepton"}, {@code Muon_pt}. */
  String label();
}
