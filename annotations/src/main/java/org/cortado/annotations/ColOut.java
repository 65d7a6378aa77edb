package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exports per-object columns of a collection for the events in each category, as
 * PocketCoffea's {@code ColOut(collection, columns)} with {@code flatten=True, store_size=True}:
 * one flat column {@code <coll>_<field>} per field (values as {@code double}) plus
 * {@code <coll>_N}, the number of objects per event.
 *
 * <pre>{@code
 * // you write, on the analysis class
 * @ColOut(collection = "MuonGood", columns = {"pt", "eta"})
 *
 * // it generates, per category c the event is in
 * for (int k = 0; k < nMuonGood; k++) col_MuonGood_pt[c].add(muon_pt[muonGood[k]]);
 * col_MuonGood_N[c].add(nMuonGood);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ColOuts.class)
public @interface ColOut {
  /** A NanoAOD collection ({@code "Muon"}) or a selected one ({@code "MuonGood"}). */
  String collection();

  /** Fields of the collection, without the {@code <collection>_} prefix. */
  String[] columns();

  /** Categories to export; empty means all. */
  String[] categories() default {};
}
