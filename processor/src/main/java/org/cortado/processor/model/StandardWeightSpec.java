package org.cortado.processor.model;

import java.util.List;

/**
 * What the processor knows about each {@code StandardWeight}: the runtime evaluator class (a
 * simple name in {@code org.cortado.runtime.weights}, or empty when the kernel computes it inline),
 * the input fields ({@code "eta"} of the weight's collection for per-object weights, or
 * per-event branches), whether it has up/down variations, and the per-period parameters it reads
 * (with {@code {year}} for each {@code @Analysis(years)} entry), checked at compile time.
 */
public enum StandardWeightSpec {
  GEN_WEIGHT("", false, false, List.of("genWeight"), List.of()),
  LUMI("", false, false, List.of(), List.of(
      new Required("lumi.picobarns.{year}.tot", ParamKind.DOUBLE))),
  XS("", false, false, List.of(), List.of()),
  PILEUP("PileupWeight", false, true, List.of("Pileup_nTrueInt"), List.of(
      new Required("pileupJSONfiles.{year}.file", ParamKind.FILE),
      new Required("pileupJSONfiles.{year}.name", ParamKind.STRING))),
  MUON_ID("MuonScaleFactor", true, true, List.of("eta", "pt"), List.of(
      new Required("lepton_scale_factors.muon_sf.JSONfiles.{year}.file", ParamKind.FILE),
      new Required("lepton_scale_factors.muon_sf.sf_name.{year}.id", ParamKind.STRING))),
  MUON_ISO("MuonScaleFactor", true, true, List.of("eta", "pt"), List.of(
      new Required("lepton_scale_factors.muon_sf.JSONfiles.{year}.file", ParamKind.FILE),
      new Required("lepton_scale_factors.muon_sf.sf_name.{year}.iso", ParamKind.STRING))),
  ELECTRON_ID("ElectronScaleFactor", true, true, List.of("eta", "deltaEtaSC", "pt"), List.of(
      new Required("lepton_scale_factors.electron_sf.JSONfiles.{year}.files.id", ParamKind.FILE),
      new Required("lepton_scale_factors.electron_sf.JSONfiles.{year}.name", ParamKind.STRING),
      new Required("lepton_scale_factors.electron_sf.era_mapping.{year}.id", ParamKind.KEY),
      new Required("object_preselection.Electron.id", ParamKind.STRING))),
  ELECTRON_RECO("ElectronScaleFactor", true, true, List.of("eta", "deltaEtaSC", "pt"), List.of(
      new Required("lepton_scale_factors.electron_sf.JSONfiles.{year}.files.reco", ParamKind.FILE),
      new Required("lepton_scale_factors.electron_sf.JSONfiles.{year}.name", ParamKind.STRING),
      new Required("lepton_scale_factors.electron_sf.era_mapping.{year}.reco", ParamKind.KEY),
      new Required("lepton_scale_factors.electron_sf.JSONfiles.{year}.reco.pt_lt_20",
          ParamKind.STRING)));

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

  private final String runtimeClass;
  private final boolean perObject;
  private final boolean variations;
  private final List<String> inputs;
  private final List<Required> required;

  StandardWeightSpec(String runtimeClass, boolean perObject, boolean variations,
      List<String> inputs, List<Required> required) {
    this.runtimeClass = runtimeClass;
    this.perObject = perObject;
    this.variations = variations;
    this.inputs = inputs;
    this.required = required;
  }

  public String runtimeClass() {
    return runtimeClass;
  }

  public boolean perObject() {
    return perObject;
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

  /** The factory method of the runtime class, {@code PileupWeight.factory(params)} style. */
  public String factoryMethod() {
    switch (this) {
      case MUON_ID: return "id";
      case MUON_ISO: return "iso";
      case ELECTRON_ID: return "id";
      case ELECTRON_RECO: return "reco";
      default: return "factory";
    }
  }

  /** The spec for a {@code StandardWeight} constant name, or null for {@code NONE}. */
  public static StandardWeightSpec of(String standardWeight) {
    return standardWeight.equals("NONE") ? null : valueOf(standardWeight);
  }
}
