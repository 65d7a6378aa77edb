package org.cortado.processor.ir;

import java.util.List;
import org.cortado.annotations.EventKind;

/**
 * The offsets of a NanoAOD collection, from its counter branch ({@code Muon}, {@code nMuon}): the
 * objects of event {@code e} are {@code [offsets[e], offsets[e + 1])}. {@code bound} is false when
 * only calibrators read the counter; {@code reordered} when a calibrator re-sorts the objects,
 * whose k-th is then {@code order[offsets[e] + k]}.
 */
public record Offsets(String collection, String counter, EventKind readFor, boolean bound,
    boolean reordered) implements Node {
  @Override
  public List<Node> inputs() {
    return List.of();
  }

  @Override
  public String label() {
    return counter;
  }
}
