package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exports per-object columns of a collection for the events in each category, as PocketCoffea's
 * {@code ColOut(collection, columns, flatten, store_size, fill_value, pos_start, pos_end)}.
 * Columns are named {@code <coll>_<field>} and written to Parquet with the branch's type
 * ({@code float} as {@code FLOAT}, {@code int} as {@code INT32}, {@code boolean} as
 * {@code BOOLEAN}), one file per work item ({@code columns/<dataset>/<category>/part-NNNNN.parquet},
 * PocketCoffea's per-chunk dump; read the folder as one table).
 *
 * <ul>
 *   <li>By default one row per event, each field a list of that event's objects, plus
 *       {@code <coll>_N}, the number of objects ({@link #storeSize}).
 *   <li>{@code flatten = true}: one row per object, in a file of its own
 *       ({@code <category>.<coll>/part-NNNNN.parquet}); unflatten with {@code <coll>_N}. Unlike PocketCoffea,
 *       whose default is {@code flatten=True}, the default here keeps events as rows.
 *   <li>{@code posStart}/{@code posEnd}: fixed-width columns {@code <coll>_<field>_<k>} for
 *       positions {@code posStart <= k < posEnd}, one value per event; events with fewer objects
 *       get {@link #fill} there.
 * </ul>
 *
 * <p>Every category that exports columns also gets, in its per-event table, the event's weight as
 * PocketCoffea adds it: {@code weight} (the product of the analysis's weights for that event, as
 * histograms are filled with it, before the run normalises simulation by
 * {@code lumi x xsec / sum of genWeight}; times the dataset's {@code scale} in {@code cutflow.json}
 * it is the normalised weight) and, for simulation, {@code weight_variation_<variation>} per
 * weight variation ({@code weight_variation_pileupUp}, ...). Per-event columns may not take
 * those names.
 *
 * <pre>{@code
 * // you write, on the analysis class
 * @ColOut(collection = "MuonGood", columns = {"pt", "charge"}, posEnd = 2)
 *
 * // it exports, per event of each category: MuonGood_pt_0, MuonGood_pt_1 (float),
 * // MuonGood_charge_0, MuonGood_charge_1 (int, -999 where missing), MuonGood_N (int)
 * c_0[c].add(n_MuonGood > 0 ? b_Muon_pt[i_MuonGood[0]] : -999.0);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ColOuts.class)
public @interface ColOut {
  /**
   * A NanoAOD collection ({@code "Muon"}), a selected or merged one ({@code "MuonGood"}), or empty
   * (or {@code "events"}) for per-event columns: branches and derived columns such as
   * {@code columns = {"event", "MET_pt", "mll"}}, exported under their own names.
   */
  String collection() default "";

  /**
   * Fields of the collection, without the {@code <collection>_} prefix (branches and per-object
   * derived fields), or per-event columns.
   */
  String[] columns();

  /** Which events are exported: {@code EventKind.MC} for simulation-only columns. */
  EventKind on() default EventKind.ALL;

  /** Categories to export; empty means all. */
  String[] categories() default {};

  /**
   * Whether to write one row per object (in {@code <category>.<coll>/} parts) instead of one
   * row per event with list columns. Not with positions.
   */
  boolean flatten() default false;

  /** Whether to export {@code <coll>_N}, the number of objects per event (PocketCoffea {@code store_size}). */
  boolean storeSize() default true;

  /**
   * Value of a position an event has no object for (PocketCoffea {@code fill_value}), with
   * {@link #posEnd}, or of a per-event derived column that is missing in an event. Integer columns
   * get it truncated, boolean columns {@code fill != 0}.
   */
  double fill() default -999.0;

  /** First exported position (inclusive); only with {@link #posEnd}. */
  int posStart() default 0;

  /**
   * End of the exported positions (exclusive): {@code posEnd = 2} gives {@code <coll>_<field>_0}
   * and {@code _1}. -1 (the default) exports every object instead.
   */
  int posEnd() default -1;
}
