package org.cortado.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.cortado.processor.RuntimeNames;

/**
 * What the processor knows about each {@code StandardWeight}, in one place: how the kernel
 * computes it ({@link WeightEvaluation}: its input column, a value per chunk, or a runtime
 * evaluator), the objects a per-object weight multiplies over, the input fields ({@code "eta"} of
 * the weight's collection for per-object weights, or per-event branches), whether it has up/down
 * variations, and the per-period parameters it reads (with {@code {year}} for each
 * {@code @Analysis(years)} entry), checked at compile time. Adding a standard weight is a constant
 * here, one in {@code StandardWeight}, and its runtime evaluator.
 * A weight with several uncertainty {@link #sources()} has the variations
 * {@code <name>_<source>Up/Down} instead of {@code <name>Up/Down}.
 */
public enum StandardWeightSpec {
  GEN_WEIGHT(new WeightEvaluation.Column(), "", false, List.of("genWeight"), List.of()),
  LUMI(new WeightEvaluation.PerChunk("lumi", CodeBlock.of("$T.lumi(kernel.params, chunk.year())",
      RuntimeNames.NORMALISATION)), "", false, List.of(), List.of(
      new Required("lumi.picobarns.{year}.tot", ParamKind.DOUBLE))),
  XS(new WeightEvaluation.PerChunk("xs", CodeBlock.of("$T.xsec(chunk)",
      RuntimeNames.NORMALISATION)), "", false, List.of(), List.of()),
  PILEUP(evaluator(RuntimeNames.PILEUP_WEIGHT, "factory"), "", true,
      List.of("Pileup_nTrueInt"), List.of(
      new Required("pileupJSONfiles.{year}.file", ParamKind.FILE),
      new Required("pileupJSONfiles.{year}.name", ParamKind.STRING))),
  MUON_ID(evaluator(RuntimeNames.MUON_SCALE_FACTOR, "id"), "Muon", true, List.of("eta", "pt"),
      List.of(
      new Required("lepton_scale_factors.muon_sf.JSONfiles.{year}.file", ParamKind.FILE),
      new Required("lepton_scale_factors.muon_sf.sf_name.{year}.id", ParamKind.STRING))),
  MUON_ISO(evaluator(RuntimeNames.MUON_SCALE_FACTOR, "iso"), "Muon", true, List.of("eta", "pt"),
      List.of(
      new Required("lepton_scale_factors.muon_sf.JSONfiles.{year}.file", ParamKind.FILE),
      new Required("lepton_scale_factors.muon_sf.sf_name.{year}.iso", ParamKind.STRING))),
  ELECTRON_ID(evaluator(RuntimeNames.ELECTRON_SCALE_FACTOR, "id"), "Electron", true,
      List.of("eta", "deltaEtaSC", "pt"), List.of(
      new Required("lepton_scale_factors.electron_sf.JSONfiles.{year}.files.id", ParamKind.FILE),
      new Required("lepton_scale_factors.electron_sf.JSONfiles.{year}.name", ParamKind.STRING),
      new Required("lepton_scale_factors.electron_sf.era_mapping.{year}.id", ParamKind.KEY),
      new Required("object_preselection.Electron.id", ParamKind.STRING))),
  ELECTRON_RECO(evaluator(RuntimeNames.ELECTRON_SCALE_FACTOR, "reco"), "Electron", true,
      List.of("eta", "deltaEtaSC", "pt"), List.of(
      new Required("lepton_scale_factors.electron_sf.JSONfiles.{year}.files.reco", ParamKind.FILE),
      new Required("lepton_scale_factors.electron_sf.JSONfiles.{year}.name", ParamKind.STRING),
      new Required("lepton_scale_factors.electron_sf.era_mapping.{year}.reco", ParamKind.KEY),
      new Required("lepton_scale_factors.electron_sf.JSONfiles.{year}.reco.pt_lt_20",
          ParamKind.STRING))),
  BTAG_SHAPE(evaluator(RuntimeNames.BTAG_SHAPE_SCALE_FACTOR, "factory"), "Jet", true,
      List.of("hadronFlavour", "eta", "pt", "btagDeepFlavB"), List.of(
      new Required("jet_scale_factors.btagSF.{year}.file", ParamKind.FILE),
      new Required("jet_scale_factors.btagSF.{year}.name", ParamKind.STRING),
      new Required("btagging.working_point.{year}.btagging_algorithm", ParamKind.STRING)));

  /**
   * The b-tag shape uncertainty sources, in PocketCoffea's order
   * ({@code systematic_variations.weight_variations.sf_btag.<year>}); the runtime's
   * {@code BTagShapeScaleFactor.SOURCES} holds the same list, so {@code up(k)} is source {@code k}.
   */
  public static final List<String> BTAG_SOURCES = List.of("hf", "lf", "hfstats1", "hfstats2",
      "lfstats1", "lfstats2", "cferr1", "cferr2");

  /** The parameter naming the b-tag discriminant branch of a period (without {@code Jet_}). */
  public static final String BTAG_ALGORITHM = "btagging.working_point.{year}.btagging_algorithm";

  /** The discriminant the kernel reads for {@link #BTAG_SHAPE}. */
  public static final String BTAG_DISCRIMINANT = "btagDeepFlavB";

  /** A parameter a standard weight reads, per period when the path holds {@code {year}}. */
  public record Required(String path, ParamKind kind) {
    /** The path for one period. */
    public String forYear(String year) {
      return path.replace("{year}", year);
    }

    /** Whether the path depends on the period. */
    public boolean perYear() {
      return path.contains("{year}");
    }
  }

  private final WeightEvaluation evaluation;
  private final String objects;
  private final boolean variations;
  private final List<String> inputs;
  private final List<Required> required;

  StandardWeightSpec(WeightEvaluation evaluation, String objects, boolean variations,
      List<String> inputs, List<Required> required) {
    this.evaluation = evaluation;
    this.objects = objects;
    this.variations = variations;
    this.inputs = inputs;
    this.required = required;
  }

  private static WeightEvaluation evaluator(ClassName type, String factoryMethod) {
    return new WeightEvaluation.Evaluator(type, factoryMethod);
  }

  /** How the kernel computes it. */
  public WeightEvaluation evaluation() {
    return evaluation;
  }

  /** Whether it is a product over the objects of a collection. */
  public boolean perObject() {
    return !objects.isEmpty();
  }

  public boolean variations() {
    return variations;
  }

  public List<String> inputs() {
    return inputs;
  }

  public List<Required> required() {
    return required;
  }

  /**
   * The named uncertainty sources, each with its own up/down variation, or empty when the weight
   * has one up/down pair (or none).
   */
  public List<String> sources() {
    return this == BTAG_SHAPE ? BTAG_SOURCES : List.of();
  }

  /** The NanoAOD objects a per-object weight multiplies over ({@code Muon}, ...), else empty. */
  public String objects() {
    return objects;
  }

  /** The spec for a {@code StandardWeight} constant name, or null for {@code NONE}. */
  public static StandardWeightSpec of(String standardWeight) {
    return standardWeight.equals("NONE") ? null : valueOf(standardWeight);
  }
}
