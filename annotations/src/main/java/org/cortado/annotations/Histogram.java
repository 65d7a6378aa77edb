package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A histogram filled per category and per weight variation with sum of weights and sum of
 * squared weights (PocketCoffea {@code HistConf} with {@code Weight} storage).
 *
 * <p>On the analysis class, axes are declarative (one or two). On a static method returning a
 * number, an axis takes the method's result; a second axis names the method of its own value
 * with {@code @Axis(method = "...")}, which makes a 2D histogram. Any axis may name a method.
 *
 * <pre>{@code
 * // you write, on the class
 * @Histogram(name = "MuonGood_pt_1",
 *     axes = @Axis(coll = "MuonGood", field = "pt", pos = 0, bins = 50, low = 0, high = 150))
 * // or on a method
 * @Histogram(name = "mll", axes = @Axis(bins = 100, low = 0, high = 200, label = "$M_{ll}$"))
 * static double mll(@Col(value = "MuonGood_pt", pos = 0) float pt1, ...) { ... }
 *
 * // it generates, per category c the event is in and per variation v
 * if (nMuonGood > 0) h_MuonGood_pt_1[c][v].fill(muon_pt[muonGood[0]], weight_v);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(Histograms.class)
public @interface Histogram {
  /** Unique histogram name. */
  String name();

  /** One axis (1D) or two (2D). */
  Axis[] axes();

  /** Categories to fill (PocketCoffea {@code only_categories}); empty means all. */
  String[] categories() default {};

  /** Samples to fill (PocketCoffea {@code only_samples}); empty means all. */
  String[] samples() default {};

  /** Which events fill it: {@code EventKind.MC} for a simulation-only quantity. */
  EventKind on() default EventKind.ALL;

  /** Whether to fill the weight variations as well as the nominal weight. */
  boolean variations() default true;
}
