package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A per-event weight factor for simulated samples: a {@code static} method returning
 * {@code float} or {@code double}. The event weight is the product of all weights that apply to
 * the sample and category; data events have weight 1 (PocketCoffea drops MC-only weights for
 * data). {@link #up} and {@link #down} name two static methods with the same parameters that
 * give the shifted factor; they add the variations {@code <name>Up} and {@code <name>Down}.
 *
 * <pre>{@code
 * // you write
 * @Weight(name = "pileup", up = "pileupUp", down = "pileupDown")
 * static float pileup(@Col("Pileup_nTrueInt") float nTrueInt) { ... }
 * static float pileupUp(@Col("Pileup_nTrueInt") float nTrueInt) { ... }
 * static float pileupDown(@Col("Pileup_nTrueInt") float nTrueInt) { ... }
 *
 * // it generates, for events passing the preselection
 * double w_pileup = ZMuMu.pileup(pileup_ntrueint[e]);       // @Weight pileup
 * double w_pileupUp = ZMuMu.pileupUp(pileup_ntrueint[e]);
 * double weight_nominal = w_genWeight * w_pileup;
 * double weight_pileupUp = w_genWeight * w_pileupUp;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Weight {
  /** Unique weight name; variations are called {@code name + "Up"} and {@code name + "Down"}. */
  String name();

  /** Name of the static method giving the up-shifted factor; needs {@link #down} too. */
  String up() default "";

  /** Name of the static method giving the down-shifted factor; needs {@link #up} too. */
  String down() default "";

  /** Categories the weight applies in (PocketCoffea {@code bycategory}); empty means all. */
  String[] categories() default {};

  /** Samples the weight applies to (PocketCoffea {@code bysample}); empty means all. */
  String[] samples() default {};
}
