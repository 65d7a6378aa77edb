package org.cortado.runtime.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cortado.params.ParamNode;
import org.cortado.params.ParamType;
import org.cortado.params.Params;

/**
 * What {@code jets_calibration} says about one NanoAOD collection in one period, for simulation or
 * for data, read the way PocketCoffea's {@code JetsCalibrator.initialize} reads it: the jet type
 * whose {@code collection} entry names the collection, its alias from
 * {@code collection_name_alias} (under which the corrections, switches and variations are looked
 * up), and the jet type that names its variations after {@code merge_collections_for_variations}.
 *
 * @param collection the NanoAOD collection, e.g. {@code Jet} or {@code CorrT1METJet}
 * @param year the period
 * @param mc simulation or data
 * @param jetType the jet type mapped to the collection, e.g. {@code AK4CorrT1METJetchs}, or empty
 *     when none is (the collection is then not calibrated)
 * @param alias the jet type whose corrections and switches apply, e.g. {@code AK4PFchs}
 * @param calibrated whether {@code apply_jec_MC} (or {@code apply_jec_Data}) is true
 * @param applyJer whether the JER smearing applies ({@code apply_jer_MC}; never for data)
 * @param sortByPt whether the jets are re-sorted by calibrated pt ({@code sort_by_pt})
 * @param variations the shape variations of the alias in the period, e.g. {@code [JES_Total, JER]}
 * @param variationJetType the jet type in the variation names, e.g. {@code AK4PFchs}
 * @param collections every jet type's collection in the period ({@code collection.<year>})
 * @param merged {@code merge_collections_for_variations.<year>}
 * @param allVariationNames the variation names of every jet type calibrated in the period (those
 *     PocketCoffea's calibrator lists; any other pass leaves all jets at their nominal values)
 */
record JetSetup(String collection, String year, boolean mc, String jetType, String alias,
    boolean calibrated, boolean applyJer, boolean sortByPt, List<String> variations,
    String variationJetType, Map<String, String> collections, Map<String, List<String>> merged,
    Set<String> allVariationNames) {

  private static final String ROOT = "jets_calibration";

  /** The parameters path of the alias's JME configuration, e.g. {@code jet_types.AK4PFchs.2018}. */
  String configPath() {
    return ROOT + ".jet_types." + alias + "." + year;
  }

  /** Reads the setup; a collection no jet type maps to, or one switched off, is not calibrated. */
  static JetSetup read(Params params, String collection, String year, boolean mc) {
    Map<String, String> collections = new LinkedHashMap<>();
    for (String type : params.keys(ROOT + ".collection." + year)) {
      ParamNode node = params.node(ROOT + ".collection." + year + "." + type);
      if (node.type() == ParamType.STRING) {
        collections.put(type, (String) node.value());
      }
    }
    Map<String, List<String>> merged = new LinkedHashMap<>();
    String mergePath = ROOT + ".merge_collections_for_variations." + year;
    if (params.has(mergePath)) {
      for (String key : params.keys(mergePath)) {
        merged.put(key, params.getStringList(mergePath + "." + key));
      }
    }
    JetSetup found = null;
    List<String> allNames = new ArrayList<>();
    for (Map.Entry<String, String> e : collections.entrySet()) {
      String type = e.getKey();
      String aliasPath = ROOT + ".collection_name_alias." + year + "." + type;
      String alias = params.has(aliasPath) ? params.getString(aliasPath) : type;
      String switchKey = "." + year + "." + alias;
      boolean calibrated = params.getBoolean(ROOT + (mc ? ".apply_jec_MC" : ".apply_jec_Data")
          + switchKey);
      if (!calibrated) {
        continue;
      }
      String variationsPath = ROOT + ".variations." + alias + "." + year;
      List<String> variations = params.has(variationsPath)
          ? params.getStringList(variationsPath) : List.of();
      String variationType = type;
      for (Map.Entry<String, List<String>> m : merged.entrySet()) {
        if (m.getValue().contains(alias)) {
          variationType = m.getKey();
          break;
        }
      }
      for (String v : variations) {
        allNames.add(variationType + "_" + v + "Up");
        allNames.add(variationType + "_" + v + "Down");
      }
      if (!e.getValue().equals(collection)) {
        continue;
      }
      if (found != null) {
        throw new IllegalArgumentException("jets_calibration: collection " + collection + " is "
            + "calibrated twice in " + year + ", as " + found.jetType() + " and as " + type);
      }
      for (String v : variations) {
        if (!v.equals("JER") && !v.startsWith("JES_")) {
          throw new IllegalArgumentException(variationsPath + ": unknown jet variation '" + v
              + "' (expected JES_<source> or JER)");
        }
      }
      boolean applyJer = mc && params.getBoolean(ROOT + ".apply_jer_MC" + switchKey);
      if (mc && variations.contains("JER") && !applyJer) {
        // PocketCoffea's jet_correction_corrlib refuses this combination too.
        throw new IllegalArgumentException("jets_calibration: JER variations for " + type + " in "
            + year + " need apply_jer_MC." + year + "." + alias + " to be true");
      }
      boolean sort = params.getBoolean(ROOT + ".sort_by_pt" + switchKey);
      found = new JetSetup(collection, year, mc, type, alias, true, applyJer, sort,
          List.copyOf(variations), variationType, collections, merged, Set.of());
    }
    Set<String> names = mc ? Set.copyOf(allNames) : Set.of();
    collections = Map.copyOf(collections);
    merged = Map.copyOf(merged);
    if (found == null) {
      return new JetSetup(collection, year, mc, "", "", false, false, false, List.of(), "",
          collections, merged, names);
    }
    return new JetSetup(collection, year, mc, found.jetType(), found.alias(), true,
        found.applyJer(), found.sortByPt(), found.variations(), found.variationJetType(),
        collections, merged, names);
  }

  /** The variation names this collection gives in simulation, as PocketCoffea lists them. */
  List<String> variationNames() {
    List<String> names = new ArrayList<>();
    if (calibrated && mc) {
      for (String v : variations) {
        names.add(variationJetType + "_" + v + "Up");
        names.add(variationJetType + "_" + v + "Down");
      }
    }
    names.sort(null);
    return List.copyOf(names);
  }

  /**
   * The variation ({@code JES_Total}, {@code JER}) and direction (+1 up, -1 down) that pass
   * {@code name} applies to this collection, as {@code JetsCalibrator.calibrate} decides: the
   * first {@code _}-separated part names a jet type, expanded by
   * {@code merge_collections_for_variations}; the pass moves this collection if one of those jet
   * types maps to it. Null when the pass leaves the collection at its nominal values, which is
   * also the case for every name outside {@link #allVariationNames()}.
   *
   * @throws IllegalArgumentException if the pass moves this collection by a variation it does not
   *     have (PocketCoffea fails there too)
   */
  Shift shift(String name) {
    if (!calibrated || !mc || !allVariationNames.contains(name)) {
      return null;
    }
    int direction;
    String stem;
    if (name.endsWith("Up")) {
      direction = 1;
      stem = name.substring(0, name.length() - 2);
    } else if (name.endsWith("Down")) {
      direction = -1;
      stem = name.substring(0, name.length() - 4);
    } else {
      return null;
    }
    int cut = stem.indexOf('_');
    if (cut < 0) {
      return null;
    }
    String type = stem.substring(0, cut);
    String variation = stem.substring(cut + 1);
    boolean moves = false;
    for (String t : merged.getOrDefault(type, List.of(type))) {
      if (collection.equals(collections.get(t))) {
        moves = true;
      }
    }
    if (!moves) {
      return null;
    }
    if (!variations.contains(variation)) {
      throw new IllegalArgumentException("pass '" + name + "' varies " + collection + " by "
          + variation + ", but jets_calibration.variations." + alias + "." + year + " is "
          + variations);
    }
    return new Shift(variation, direction);
  }

  /** One side of a shape variation: {@code JER} or {@code JES_<source>}, up (+1) or down (-1). */
  record Shift(String variation, int direction) {}
}
