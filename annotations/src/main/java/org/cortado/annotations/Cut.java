package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event selection: a {@code static boolean} method whose parameters are {@link Col columns}.
 * Skim and preselection cuts run once per event in declaration order and short-circuit; the
 * cut's {@link #name} is its row in the cut flow.
 *
 * <pre>{@code
 * // you write
 * @Cut(name = "HLT_trigger_SingleMuon", stage = Stage.SKIM)
 * static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) { return hlt; }
 *
 * // it generates, inside the event loop
 * if (!ZMuMu.trigger(hlt_isomu24[e])) continue;   // @Cut HLT_trigger_SingleMuon
 * cutflow[2]++;
 * }</pre>
 *
 * <p>If a parameter reads the k-th object ({@link Col#pos}) and the event has fewer objects,
 * the method is not called and the cut is false (PocketCoffea maps {@code None} to false).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Cut {
  /** Unique cut name, as in PocketCoffea's {@code Cut(name=...)}. */
  String name();

  /** Where the cut acts; preselection by default. */
  Stage stage() default Stage.PRESELECTION;

  /**
   * Which events the cut applies to; events of the other kind pass it (and are counted in its
   * cut-flow row), as the golden-JSON row passes simulation.
   */
  EventKind on() default EventKind.ALL;
}
