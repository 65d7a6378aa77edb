package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a Cortado analysis: the counterpart of a PocketCoffea {@code Configurator}
 * plus workflow. The annotation processor reads every {@link Cut}, {@link ObjectSelection},
 * {@link Category}, {@link MultiCut}, {@link Weight}, {@link Histogram} and {@link ColOut} in
 * the class, validates them against the NanoAOD schema, and generates one column kernel.
 *
 * <pre>{@code
 * // you write
 * @Analysis(name = "zmumu")
 * final class ZMuMu { ... }
 *
 * // it generates (same package)
 * public final class ZMuMu_Kernel implements ChunkKernel { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Analysis {
  /** The analysis name, used in outputs and reports. */
  String name();

  /**
   * The per-event generator weight branch summed before any cut (PocketCoffea
   * {@code sum_genweights}) and, for each cut, over the events that pass it. Empty disables it.
   * Only read for simulated samples.
   */
  String genWeight() default "genWeight";

  /**
   * The analysis's own parameter files, overlaid in order on the defaults shipped in
   * {@code cortado-params} (PocketCoffea's {@code merge_parameters_from_files}). Each entry is a
   * classpath resource name, such as {@code "zmumu/params/object_preselection.yaml"} for a file in
   * {@code src/main/resources/zmumu/params/}: the generated kernel loads exactly these resources
   * at run time, and the processor reads the same files at compile time to check every
   * {@link Param}. At compile time a name is looked up in the directories of the option
   * {@code -Acortado.paramsPath=dir1<path-separator>dir2}, then in the class output (where Maven
   * has copied {@code src/main/resources}), then on the source path.
   */
  String[] params() default {};

  /**
   * The data-taking periods the analysis runs on, as the parameter keys ({@code "2018"},
   * {@code "2022_preEE"}). Standard weights and the golden-JSON mask read per-period parameters
   * ({@code pileupJSONfiles.2018.file}); the processor checks at compile time that every listed
   * period has them. Empty means no period-dependent feature can be used.
   */
  String[] years() default {};

  /**
   * Whether to apply the certified-luminosity ("golden JSON") mask to data, as PocketCoffea's
   * {@code goldenJson} skim cut: the file is the parameter {@code lumi.goldenJSON.<year>}, the
   * cut-flow row is {@code golden_json_lumi} (the first skim row) and simulated events always pass.
   * Reads {@code run} and {@code luminosityBlock}.
   */
  boolean goldenJson() default false;

  /**
   * The schema branch names and types are checked against: {@code "nanoaod-v9"} (Run 2 UL, the
   * default) and {@code "nanoaod-v12"} (Run 3) ship with the processor; any other value is a
   * class-path resource of the analysis, looked up like {@link #params}, such as
   * {@code "myanalysis/skim.schema.tsv"} written by {@code cortado schema FILE -o ...} from one of
   * its real files. The option {@code -Acortado.schema=<path>} overrides it.
   */
  String schema() default "nanoaod-v9";

  /**
   * The calibrators run on every event after the skim, in this order, by PocketCoffea's names
   * ({@link Calibrators#JETS} {@code "jet_calibration"}, {@link Calibrators#MET}
   * {@code "met_type1_calibration"}). Each replaces the columns it calibrates from then on:
   * {@code jet_calibration} gives {@code Jet_pt} and {@code Jet_mass} with the jet energy
   * corrections and resolution smearing of the {@code jets_calibration} parameters, as
   * {@code double}, and re-sorts the jets by the new pT; {@code met_type1_calibration} gives the
   * type-1 {@code MET_pt} and {@code MET_phi}. Skim cuts see the file's values, as in PocketCoffea.
   */
  String[] calibrators() default {};

  /**
   * The shape variations the kernel runs, each a calibrator's name (all its variations, as
   * PocketCoffea's {@code variations: shape:}) or one of its variations without the direction
   * ({@code "AK4PFchs_JES_Total"}). For every variation, up and down, simulated events run again
   * from the object selections, reading the varied columns, and fill histograms and yields under
   * the variation's name ({@code AK4PFchs_JES_TotalUp}) with the nominal weights; only the steps
   * that read a varied column are computed again. The cut flow and {@code @ColOut} are nominal.
   */
  String[] shapeVariations() default {};
}
