package org.cortado.processor.model;

import java.util.List;

/**
 * A {@code @Subsample}: the sample it splits, its name, its category cuts and the annotation, for
 * messages. {@link #fullName()} is the name it is written under, PocketCoffea's.
 */
public record SubsampleModel(String sample, String name, List<Ref> cuts, AnnotationSite site) {
  /** Copies the list. */
  public SubsampleModel {
    cuts = List.copyOf(cuts);
  }

  /** {@code <sample>__<name>}. */
  public String fullName() {
    return sample + "__" + name;
  }
}
