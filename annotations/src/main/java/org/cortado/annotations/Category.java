package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A named category: the AND of the listed cuts, as an entry of PocketCoffea's
 * {@code StandardSelection}. Categories never remove events; histograms, yields and columns are
 * filled once per category the event belongs to. With no category and no {@link MultiCut}, the
 * analysis has a single category {@code "baseline"} with no cut.
 *
 * <pre>{@code
 * // you write, on the analysis class
 * @Category(name = "baseline")
 * @Category(name = "highPt", cuts = {"leadingPt50"})
 *
 * // it generates, after the preselection
 * boolean inHighPt = cut_leadingPt50;   // @Category highPt
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Categories.class)
public @interface Category {
  /** Unique category name. */
  String name();

  /** Names of {@link Cut}s, all of which must pass; empty means every event. */
  String[] cuts() default {};
}
