package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method parameter to a NanoAOD column. The parameter's Java type must be the branch's
 * leaf type ({@code float}, {@code int}, {@code long}, {@code double}, {@code short},
 * {@code byte} or {@code boolean}); the processor checks both the name and the type.
 *
 * <p>What {@link #value} may name:
 * <ul>
 *   <li>a per-event branch: {@code @Col("PV_npvsGood") int npv};
 *   <li>a per-object branch such as {@code "Muon_pt"}: inside an {@link ObjectSelection} on
 *       {@code Muon} it is the current muon's value; elsewhere give {@link #pos} to read the
 *       k-th muon: {@code @Col(value = "Muon_pt", pos = 0) float leadingPt};
 *   <li>a field of a selected collection, {@code "MuonGood_pt"} with {@code pos}: the k-th
 *       object that passed the selection {@code MuonGood};
 *   <li>the size of a selected collection, {@code "nMuonGood"} (an {@code int}), following
 *       PocketCoffea's {@code events["nMuonGood"]} convention.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Col {
  /** Branch name, {@code <Collection>_<field>}, or {@code n<Collection>}. */
  String value();

  /** Zero-based object position for per-object columns read per event; -1 means none. */
  int pos() default -1;
}
