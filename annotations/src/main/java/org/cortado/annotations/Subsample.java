package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A subsample, as PocketCoffea's {@code datasets.subsamples}: the events of a sample that pass the
 * listed category cuts, kept apart under the name {@code <sample>__<name>}. A sample with
 * subsamples is written only as its subsamples, each with its own histograms, yields, cut flow and
 * columns (and so its own entries in plots and datacards); subsamples need not be exclusive nor
 * cover the whole sample. Histograms and weights restricted to a sample apply to all its
 * subsamples, and to one of them when restricted to {@code <sample>__<name>}.
 *
 * <pre>{@code
 * // you write, on the analysis class
 * @Subsample(sample = "DYJetsToLL", name = "bb", cuts = {"twoBJets"})
 * @Subsample(sample = "DYJetsToLL", name = "light", cuts = {"noBJet"})
 *
 * // a dataset of sample DYJetsToLL is run as DYJetsToLL__bb and DYJetsToLL__light; in each,
 * // an event enters the categories only if it passes that subsample's cuts
 * inSubsample = cut_twoBJets;   // @Subsample DYJetsToLL__bb
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Subsamples.class)
public @interface Subsample {
  /** The sample it splits, as the datasets JSON names it ({@code metadata.sample}). */
  String sample();

  /** The subsample's name, unique within its sample: letters, digits, '_' and '-'. */
  String name();

  /** Names of {@link Cut}s of {@link Stage#CATEGORY}, all of which must pass; empty means every event. */
  String[] cuts() default {};
}
