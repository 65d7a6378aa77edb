package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method parameter to an analysis parameter, by its dotted path in the merged parameter
 * tree (PocketCoffea's {@code params.object_preselection.Muon.pt}). The tree is the defaults of
 * {@code cortado-params} overlaid with the files of {@link Analysis#params}.
 *
 * <pre>{@code
 * // you write, with object_preselection.yaml holding  object_preselection: {Muon: {pt: 15}}
 * @ObjectSelection(name = "MuonGood", collection = "Muon")
 * static boolean muonGood(@Col("Muon_pt") float pt,
 *                         @Param("object_preselection.Muon.pt") float ptMin) {
 *   return pt > ptMin;
 * }
 *
 * // it generates: the value is read once, when the kernel is built, and passed as a local
 * this.p_0 = (float) params.getDouble("object_preselection.Muon.pt");
 * ...
 * if (ZMuMu.muonGood(b_Muon_pt[i], p_0)) ...
 * }</pre>
 *
 * <p>The processor loads the parameter files at compile time: a path that no file defines, a
 * value of the wrong type ({@code pt: "abc"} for a {@code float}) or a {@code ???} that no file
 * fills is a compile error naming the path and the YAML file and line. Supported parameter types
 * are {@code float} and {@code double} (a YAML integer or float), {@code int} and {@code long}
 * (a YAML integer), {@code boolean} and {@code String}. Correction-file references are never
 * resolved at compile time.
 *
 * <p>A path may hold choices, written as for {@link Col}: {@code ${year}} is the period of the
 * chunk being processed and {@code ${a.b}} the value of another parameter, so
 * {@code @Param("btagging.working_point.${year}.btagging_WP.${object_preselection.Jet.btag.wp}")}
 * reads the medium working point of each period. The processor checks the path for every period of
 * {@code @Analysis(years)}; the kernel resolves it again with the run's parameters, once per
 * period, so a run-time overlay that changes the working point takes effect.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Param {
  /**
   * Dotted path, such as {@code "object_preselection.Muon.pt"}; list items by index; may hold
   * {@code ${...}} choices.
   */
  String value();
}
