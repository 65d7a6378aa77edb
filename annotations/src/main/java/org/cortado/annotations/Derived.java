package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A derived column: a {@code static} method whose result is usable by name anywhere a branch is
 * (cuts, selections, categories, weights, histograms, {@link ColOut}, other derived columns),
 * PocketCoffea's {@code define_common_variables}.
 *
 * <ul>
 *   <li>Per event (no {@link #collection}): {@code @Derived(name = "mll")} on
 *       {@code static double mll(@Col("MuonGood") Muons mu)}, then read as {@code @Col("mll") double mll}
 *       or {@code @Axis(field = "mll")}.
 *   <li>Per object ({@code collection = "JetGood"}): the method is called for each object of the
 *       collection, its per-object {@code @Col}s being the current object's, as in an
 *       {@link ObjectSelection}; the result is the new field {@code JetGood_<name>}, readable
 *       on that collection and on every selection made from it ({@code BJetGood_<name>}), by
 *       position, per object, in views and histograms.
 * </ul>
 *
 * <p>A derived column is computed at most once per event, when something first needs it, and only
 * for events that reach that point: one used only by a histogram of category {@code "2b"} is
 * computed only for events in {@code "2b"}. Its type is the method's return type (a primitive),
 * and readers must declare exactly that type. A per-event derived column whose method reads a
 * missing positional input ({@code @Col(value = "MuonGood_pt", pos = 1)} in an event with one
 * muon) is missing in that event: the method is not called, and whatever reads the column treats
 * it as a missing input (a cut fails, a histogram is not filled, a weight is 1).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Derived {
  /** Column name (per event) or field name (per object); empty means the method name. */
  String name() default "";

  /** The collection a per-object column belongs to; empty for one value per event. */
  String collection() default "";

  /** Which events the column exists for; readers must be restricted the same way. */
  EventKind on() default EventKind.ALL;
}
