package org.cortado.annotations;

/**
 * Where a {@link Cut} acts, with the three filtering levels of PocketCoffea.
 *
 * <p>The event loop runs {@code SKIM} cuts on raw NanoAOD, then builds the
 * {@link ObjectSelection object collections}, then runs {@code PRESELECTION} cuts. Both remove
 * events and each gets a row in the cut flow. {@code CATEGORY} cuts never remove events: they
 * are masks that {@link Category} and {@link MultiCut} combine.
 */
public enum Stage {
  /** Applied first, on raw NanoAOD branches only (no object collections yet). */
  SKIM,
  /** Applied after the object collections are built; removes events. */
  PRESELECTION,
  /** Only a mask for categories; never removes events and has no cut-flow row. */
  CATEGORY
}
