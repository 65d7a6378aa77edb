package org.cortado.processor.ir;

import java.util.List;
import org.cortado.annotations.EventKind;

/**
 * The offsets of a NanoAOD collection, from its counter branch ({@code Muon}, {@code nMuon}): the
 * objects of event {@code e} are {@code [offsets[e], offsets[e + 1])}.
 */
public record Offsets(String collection, String counter, EventKind readFor) implements Node {
  @Override
  public List<Node> inputs() {
    return List.of();
  }

  @Override
  public String label() {
    return counter;
  }
}
