package org.cortado.processor.ir;

import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.annotations.Stage;

/**
 * A cut. Skim and preselection cuts remove the events they reject and count the others in their
 * cut-flow {@code row}; category cuts ({@code row} -1) only compute a mask. {@code call} is null for
 * the golden-JSON mask, which reads {@code run} and {@code luminosityBlock} of data.
 */
public record CutStep(String name, Stage stage, int row, EventKind on, Call call,
    List<Node> inputs) implements Step {
  /** Copies the list. */
  public CutStep {
    inputs = List.copyOf(inputs);
  }

  /** Whether this is the golden-JSON mask of {@code @Analysis(goldenJson = true)}. */
  public boolean goldenJson() {
    return call == null;
  }

  @Override
  public String label() {
    return goldenJson() ? "@Analysis(goldenJson = true)" : "@Cut \"" + name + "\"";
  }
}
