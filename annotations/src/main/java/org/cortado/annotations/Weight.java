package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
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
 *
 * <p>On the analysis class, {@link #standard} declares a weight the runtime computes from the
 * parameters and the correction files (see {@link StandardWeight}), with PocketCoffea's names and
 * variations:
 *
 * <pre>{@code
 * @Analysis(name = "zmumu", years = "2018")
 * @Weight(standard = StandardWeight.GEN_WEIGHT)
 * @Weight(standard = StandardWeight.LUMI)
 * @Weight(standard = StandardWeight.XS)
 * @Weight(standard = StandardWeight.PILEUP)                            // pileupUp, pileupDown
 * @Weight(standard = StandardWeight.MUON_ID, collection = "MuonGood")  // sf_mu_idUp, sf_mu_idDown
 * @Weight(standard = StandardWeight.MUON_ISO, collection = "MuonGood")
 * final class ZMuMu { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Weights.class)
public @interface Weight {
  /**
   * Unique weight name; variations are called {@code name + "Up"} and {@code name + "Down"}.
   * Empty (allowed only with {@link #standard}) means the standard weight's PocketCoffea name.
   */
  String name() default "";

  /** On the analysis class: which standard weight this is. Must stay {@code NONE} on a method. */
  StandardWeight standard() default StandardWeight.NONE;

  /**
   * For per-object standard weights ({@code MUON_ID}, {@code ELECTRON_ID}, ...): the raw or selected
   * collection whose objects are multiplied, such as {@code "MuonGood"}.
   */
  String collection() default "";

  /** Name of the static method giving the up-shifted factor; needs {@link #down} too. */
  String up() default "";

  /** Name of the static method giving the down-shifted factor; needs {@link #up} too. */
  String down() default "";

  /** Categories the weight applies in (PocketCoffea {@code bycategory}); empty means all. */
  String[] categories() default {};

  /** Samples the weight applies to (PocketCoffea {@code bysample}); empty means all. */
  String[] samples() default {};
}
