package org.cortado.annotations;

/**
 * Which events a step or an input applies to: every event, collision data only, or simulation
 * only (PocketCoffea's {@code isMC}). A cut restricted to one kind passes every event of the other
 * kind and keeps its cut-flow row; a histogram or column output restricted to one kind is not
 * filled for the other; branches read only by such steps are not read for the other kind, so they
 * need not exist in its files.
 */
public enum EventKind {
  /** Data and simulation. */
  ALL,
  /** Collision data only ({@code isMC = false}). */
  DATA,
  /** Simulation only. */
  MC
}
