package org.cortado.processor.ir;

import java.util.List;
import org.cortado.processor.model.SubsampleModel;

/**
 * A {@code @Subsample}: its index in the kernel's list of subsamples and the category masks an
 * event of that subsample must pass to enter the categories.
 */
public record SubsampleStep(SubsampleModel model, int index, List<CutStep> masks) {
  /** Copies the list. */
  public SubsampleStep {
    masks = List.copyOf(masks);
  }
}
