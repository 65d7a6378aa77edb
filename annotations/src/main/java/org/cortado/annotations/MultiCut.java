package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One axis of a Cartesian categorisation, as PocketCoffea's {@code MultiCut} inside a
 * {@code CartesianSelection}. The categories are every combination of one cut per
 * {@code MultiCut}, named by joining the {@link #cutsNames} (or the cut names) with {@code "_"};
 * plain {@link Category}s are added as the common categories.
 *
 * <pre>{@code
 * // you write, on the analysis class
 * @MultiCut(name = "nJets", cuts = {"oneJet", "twoJets"}, cutsNames = {"1j", "2j"})
 * @MultiCut(name = "flavour", cuts = {"mumu", "ee"})
 *
 * // it generates the categories 1j_mumu, 1j_ee, 2j_mumu, 2j_ee
 * boolean in1j_ee = cut_oneJet && cut_ee;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(MultiCuts.class)
public @interface MultiCut {
  /** Name of this axis. */
  String name();

  /** The cuts along this axis, by {@link Cut#name}. */
  String[] cuts();

  /** Short names used in category names, one per cut; empty means the cut names. */
  String[] cutsNames() default {};
}
