package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method parameter to a column. The parameter's Java type must be the column's type: a
 * branch's leaf type ({@code float}, {@code int}, {@code long}, {@code double}, {@code short},
 * {@code byte} or {@code boolean}) or a derived column's return type; the processor checks both
 * the name and the type, with no widening.
 *
 * <p>What {@link #value} may name:
 * <ul>
 *   <li>a per-event branch: {@code @Col("PV_npvsGood") int npv}, or a per-event {@link Derived}
 *       column: {@code @Col("mll") double mll};
 *   <li>a per-object branch such as {@code "Muon_pt"}: inside an {@link ObjectSelection} or a
 *       per-object {@code @Derived} on {@code Muon} (or a selection from it) it is the current
 *       object's value; elsewhere give {@link #pos} to read the k-th object:
 *       {@code @Col(value = "Muon_pt", pos = 0) float leadingPt};
 *   <li>a field of a selected or {@link Merge}d collection, {@code "MuonGood_pt"}, the same way;
 *   <li>the size of a selected or merged collection, {@code "nMuonGood"} (an {@code int}),
 *       following PocketCoffea's {@code events["nMuonGood"]} convention;
 *   <li>a whole collection, {@code "MuonGood"}, for a parameter whose type is a
 *       {@link CollectionView} interface: every object, each field by index;
 *   <li>several boolean branches, for a {@link Flags} parameter, through a list parameter.
 * </ul>
 *
 * <p><b>Names chosen by parameters.</b> {@code ${year}} stands for the data-taking period and
 * {@code ${a.b.c}} for the value of parameter {@code a.b.c} (a string or an integer):
 * {@code @Col("Muon_${object_preselection.Muon.id}") boolean id} reads {@code Muon_tightId} when
 * the analysis's parameter files say {@code id: tightId}. The processor resolves the name at
 * compile time for every period of {@code @Analysis(years)} and checks each result against the
 * schema; a list parameter expands to one branch per item ({@code "Flag_${event_flags.${year}}"}).
 * At run time the kernel reads the branches it was compiled for, and fails at start if the run's
 * parameters choose another one.
 *
 * <p><b>Missing objects.</b> When a positional input is missing (the event has fewer than
 * {@code pos + 1} objects), the method is not called: a cut fails, a histogram is not filled, a
 * weight is 1 for that event, a derived column is missing. Positional inputs are not allowed in an
 * {@link ObjectSelection} or a per-object {@link Derived} column, where a missing object has no
 * sensible meaning; take the collection as a view instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Col {
  /**
   * Branch name, {@code <Collection>_<field>}, {@code n<Collection>}, a derived column or a
   * collection; may hold {@code ${...}} parameter choices.
   */
  String value();

  /** Zero-based object position for per-object columns read per event; -1 means none. */
  int pos() default -1;

  /**
   * For a {@link Flags} parameter: read the branches for this kind of events only; the set is
   * empty for the other kind, as PocketCoffea's {@code event_flags_data} apply to data only.
   */
  EventKind on() default EventKind.ALL;
}
