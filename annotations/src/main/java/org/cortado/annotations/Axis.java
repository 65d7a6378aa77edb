package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One axis of a {@link Histogram}, with the fields of PocketCoffea's {@code Axis}. The value is
 * either declarative ({@link #coll}, {@link #field}, {@link #pos}) or, for a histogram on a
 * method, the method's return value.
 *
 * <ul>
 *   <li>{@code @Axis(coll = "MuonGood", field = "pt", pos = 0, bins = 50, low = 0, high = 150)}:
 *       the leading selected muon; events without one are not filled.
 *   <li>{@code @Axis(coll = "MuonGood", field = "pt", bins = 50, low = 0, high = 150)}: every
 *       selected muon (PocketCoffea {@code pos=None}).
 *   <li>{@code @Axis(field = "nMuonGood", type = AxisType.INTEGER, low = 0, high = 3)}: a
 *       per-event column ({@code coll} empty or {@code "events"}).
 *   <li>{@code @Axis(method = "ptll", bins = 50, low = 0, high = 200)}: the result of the static
 *       method {@code ptll}, computed once per event; the method is not called (and nothing is
 *       filled) when one of its positional inputs is missing.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Axis {
  /** Axis name; empty means {@code coll.field}, or the histogram name. */
  String name() default "";

  /** Axis label for plots, for example {@code "$p_{T}^{\\mu}$ [GeV]"}. */
  String label() default "";

  /** Kind of binning. */
  AxisType type() default AxisType.AUTO;

  /** Number of bins of a regular axis. */
  int bins() default 0;

  /** Lower edge of a regular or integer axis. */
  double low() default 0;

  /** Upper edge of a regular or integer axis. */
  double high() default 0;

  /** Bin edges of a variable axis, strictly increasing. */
  double[] edges() default {};

  /** Values of a categorical axis. */
  int[] values() default {};

  /** Whether values below the range are kept in an underflow bin. */
  boolean underflow() default true;

  /** Whether values above the range (or unlisted categories) are kept in an overflow bin. */
  boolean overflow() default true;

  /** Collection the value comes from: a NanoAOD or selected collection; empty means per event. */
  String coll() default "";

  /** Field of {@link #coll}, or a per-event branch when {@link #coll} is empty. */
  String field() default "";

  /** Object position within {@link #coll}; -1 means every object. */
  int pos() default -1;

  /**
   * A static method of the analysis class whose result is this axis's value, read like a
   * {@code @Histogram} method (every parameter {@code @Col} or {@code @Param}). On a histogram
   * declared on a method, an axis without {@code method} takes that method's result, so a 2D
   * histogram is the annotated method (x) plus {@code @Axis(method = "...")} (y). Not with
   * {@link #coll}, {@link #field} or {@link #pos}.
   */
  String method() default "";
}
