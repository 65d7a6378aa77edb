package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A collection made of the objects of several collections, sorted by a field, as PocketCoffea's
 * {@code LeptonGood = concatenate(MuonGood, ElectronGood)} sorted by pT.
 *
 * <pre>{@code
 * @Merge(name = "LeptonGood", collections = {"MuonGood", "ElectronGood"})
 * }</pre>
 *
 * <p>Its fields are the fields every source has with the same type ({@code pt}, {@code eta},
 * {@code phi}, {@code mass}, {@code charge}, {@code pdgId}, ...), plus {@code source}, the
 * position in {@link #collections} of the collection each object comes from (0 for
 * {@code MuonGood} above). Objects are ordered by {@link #sortBy}, highest first; equal values keep
 * the order of {@link #collections}, then each source's own order. The collection is built for every
 * event after its sources, and can be read as a view, by position ({@code LeptonGood_pt} with
 * {@code pos}), in object selections, histograms and column outputs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Merges.class)
public @interface Merge {
  /** Name of the new collection. */
  String name();

  /** The raw or selected collections merged, in order. */
  String[] collections();

  /** The numeric field objects are sorted by, highest first. */
  String sortBy() default "pt";
}
