package org.cortado.processor.calibration;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.cortado.annotations.Calibrators;
import org.cortado.annotations.EventKind;
import org.cortado.params.Params;
import org.cortado.processor.RuntimeNames;

/**
 * PocketCoffea's {@code jet_calibration} ({@code JetsCalibrator}) for the AK4 jets: the
 * collection {@code Jet} gets its pT and mass recomputed from the raw values with the JEC (and the
 * JER smearing in simulation), its {@code rawFactor} recomputed, and is re-sorted by the new pT;
 * with {@code met_type1_calibration}, {@code CorrT1METJet} is calibrated too, for the MET. The jet
 * type of each collection, its correction tags and the variations come from
 * {@code jets_calibration}; variations are named {@code <jetType>_<variation>Up/Down} with the jet
 * type that {@code merge_collections_for_variations} groups them under.
 */
@AutoService(CalibratorExtension.class)
public final class JetCalibration implements CalibratorExtension {
  static final String JETS = "Jet";
  static final String MET_JETS = "CorrT1METJet";
  private static final String P = "jets_calibration.";

  @Override
  public String name() {
    return Calibrators.JETS;
  }

  @Override
  public List<String> requires() {
    return List.of();
  }

  /** The id of the runtime object calibrating {@code collection}. */
  static String instance(String collection) {
    return Calibrators.JETS + "." + collection;
  }

  @Override
  public CalibratorPlan plan(Context context) throws CalibrationException {
    Params params = context.params();
    List<String> periods = context.periods().names();
    int n = periods.size();
    boolean met = context.requested().contains(Calibrators.MET);
    List<CalibratorPlan.Instance> instances = new ArrayList<>();
    List<CalibratorPlan.Input> inputs = new ArrayList<>();
    List<String> rho = new ArrayList<>();
    List<List<String>> variations = new ArrayList<>();
    for (String year : periods) {
      String type = jetType(params, year, JETS);
      String alias = alias(params, year, type);
      require(params, P + "jet_types." + alias + "." + year);
      rho.add(rhoBranch(params, year));
      variations.add(variations(params, year, type, alias));
      if (met) {
        alias(params, year, jetType(params, year, MET_JETS));
      }
    }
    instances.add(instance(JETS, List.of()));
    for (String branch : List.of("Jet_pt", "Jet_mass", "Jet_rawFactor", "Jet_area", "Jet_eta")) {
      inputs.add(CalibratorPlan.Input.of(branch, n, EventKind.ALL));
    }
    inputs.add(new CalibratorPlan.Input(rho, EventKind.ALL, false));
    inputs.add(CalibratorPlan.Input.counter("nJet", n, EventKind.ALL));
    inputs.add(CalibratorPlan.Input.of("Jet_genJetIdx", n, EventKind.MC));
    inputs.add(CalibratorPlan.Input.of("GenJet_pt", n, EventKind.MC));
    inputs.add(CalibratorPlan.Input.counter("nGenJet", n, EventKind.MC));
    inputs.add(CalibratorPlan.Input.of("event", n, EventKind.MC));
    if (met) {
      instances.add(instance(MET_JETS, List.of()));
      for (String branch : List.of("CorrT1METJet_rawPt", "CorrT1METJet_eta",
          "CorrT1METJet_area")) {
        inputs.add(CalibratorPlan.Input.of(branch, n, EventKind.ALL));
      }
      inputs.add(CalibratorPlan.Input.counter("nCorrT1METJet", n, EventKind.ALL));
    }
    String jets = instance(JETS);
    return new CalibratorPlan(name(), instances, List.of(
        new CalibratorPlan.Output("Jet_pt", jets, "pt"),
        new CalibratorPlan.Output("Jet_mass", jets, "mass"),
        new CalibratorPlan.Output("Jet_rawFactor", jets, "rawFactor")),
        List.of(new CalibratorPlan.Reorder(JETS, jets)), inputs, variations);
  }

  private CalibratorPlan.Instance instance(String collection, List<String> bindWith) {
    return new CalibratorPlan.Instance(instance(collection), RuntimeNames.JET_CALIBRATOR,
        CodeBlock.of("$T.factory(params, $S)", RuntimeNames.JET_CALIBRATOR, collection), bindWith,
        true);
  }

  /** The jet type {@code jets_calibration.collection.<year>} maps to {@code collection}. */
  private static String jetType(Params params, String year, String collection)
      throws CalibrationException {
    String path = P + "collection." + year;
    require(params, path);
    for (String type : params.keys(path)) {
      if (params.has(path + "." + type) && collection.equals(params.getString(path + "." + type))) {
        return type;
      }
    }
    throw new CalibrationException(path + " names no jet type for the collection " + collection);
  }

  /** The jet type whose corrections {@code type} uses ({@code collection_name_alias}). */
  private static String alias(Params params, String year, String type) {
    String path = P + "collection_name_alias." + year + "." + type;
    return params.has(path) ? params.getString(path) : type;
  }

  /** PocketCoffea's {@code get_rho}: the Run 3 branch from NanoAOD v12 on. */
  private static String rhoBranch(Params params, String year) throws CalibrationException {
    String path = "default_nano_version." + year;
    require(params, path);
    return params.getInt(path) >= 12 ? "Rho_fixedGridRhoFastjetAll" : "fixedGridRhoFastjetAll";
  }

  /** The variations offered in {@code year}: none when simulation is not calibrated. */
  private static List<String> variations(Params params, String year, String type, String alias)
      throws CalibrationException {
    String apply = P + "apply_jec_MC." + year + "." + alias;
    require(params, apply);
    String list = P + "variations." + alias + "." + year;
    if (!params.getBoolean(apply) || !params.has(list)) {
      return List.of();
    }
    String group = mergedType(params, year, type, alias);
    List<String> out = new ArrayList<>();
    for (String v : params.getStringList(list)) {
      out.add(group + "_" + v + "Up");
      out.add(group + "_" + v + "Down");
    }
    return out.stream().sorted().toList();
  }

  /** The jet type whose name a variation carries ({@code merge_collections_for_variations}). */
  private static String mergedType(Params params, String year, String type, String alias) {
    String path = P + "merge_collections_for_variations." + year;
    if (params.has(path)) {
      for (String group : params.keys(path)) {
        if (params.getStringList(path + "." + group).contains(alias)) {
          return group;
        }
      }
    }
    return type;
  }

  static void require(Params params, String path) throws CalibrationException {
    if (!params.has(path)) {
      throw new CalibrationException("the parameters have no '" + path + "'");
    }
  }
}
