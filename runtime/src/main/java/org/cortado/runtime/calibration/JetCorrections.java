package org.cortado.runtime.calibration;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.cortado.params.ParamNode;
import org.cortado.params.ParamType;
import org.cortado.params.Params;
import org.cortado.runtime.corrections.BoundCorrection;
import org.cortado.runtime.corrections.Correction;
import org.cortado.runtime.corrections.CorrectionFunction;
import org.cortado.runtime.corrections.CorrectionSet;
import org.cortado.runtime.corrections.Variable;

/**
 * The JME corrections of one jet setup, named as PocketCoffea's {@code jet_correction_corrlib}
 * names them from {@code jets_calibration.jet_types.<alias>.<year>}: the JEC
 * {@code <jec>_<level>_<alias>} (a compound correction, or a plain one), the resolution
 * {@code <jer>_PtResolution_<alias>}, the scale factor {@code <jer>_ScaleFactor_<alias>} with,
 * when the file has it, {@code <jer>_SFUncertainty_<alias>}, and per JES source
 * {@code <jec_mc>_<source>_<alias>}. Immutable; shared by every chunk of the period.
 *
 * <p>Two JER scale-factor layouts exist. The JME files PocketCoffea bfe4447 points at (cvmfs
 * 2026) give a scale factor without a systematic input and an {@code SFUncertainty}, and
 * {@code get_jersmear_SFunc} takes {@code sf * (1 +- unc)}; older files, like the 2018 UL file
 * of jsonpog (JRV2), give {@code ScaleFactor(JetEta, systematic)} with {@code nom}, {@code up},
 * {@code down} and no {@code SFUncertainty}, which PocketCoffea's {@code get_jersmear} evaluates
 * (bfe4447 itself would fail on them for want of the {@code systematic} input).
 */
final class JetCorrections {
  final JetSetup setup;
  final String source;
  private final CorrectionSet file;
  private final Params params;
  private final CorrectionFunction jecMc;
  final Correction ptResolution;
  final Correction scaleFactor;
  final Correction sfUncertainty;
  final Map<String, Correction> jes;

  private JetCorrections(JetSetup setup, Params params, CorrectionSet file) {
    this.setup = setup;
    this.params = params;
    this.file = file;
    this.source = file.source();
    String base = setup.configPath();
    String level = params.getString(base + ".level");
    if (setup.mc()) {
      String jecTag = params.getString(base + ".jec_mc");
      this.jecMc = jec(jecTag + "_" + level + "_" + setup.alias());
      String jer = setup.applyJer() ? params.getString(base + ".jer") : null;
      this.ptResolution = jer == null ? null : correction(jer + "_PtResolution_" + setup.alias());
      this.scaleFactor = jer == null ? null : correction(jer + "_ScaleFactor_" + setup.alias());
      this.sfUncertainty = jer == null ? null
          : file.corrections().get(jer + "_SFUncertainty_" + setup.alias());
      Map<String, Correction> sources = new LinkedHashMap<>();
      for (String v : setup.variations()) {
        if (v.startsWith("JES_")) {
          sources.put(v, correction(jecTag + "_" + v.substring(4) + "_" + setup.alias()));
        }
      }
      this.jes = Map.copyOf(sources);
      if (scaleFactor != null) {
        checkScaleFactor();
      }
    } else {
      this.jecMc = null;
      this.ptResolution = null;
      this.scaleFactor = null;
      this.sfUncertainty = null;
      this.jes = Map.of();
    }
  }

  /** Loads the file named by the setup's {@code json_path} (once per process). */
  static JetCorrections load(Params params, JetSetup setup) {
    Path path = params.getPath(setup.configPath() + ".json_path");
    return new JetCorrections(setup, params, CorrectionSet.cached(path));
  }

  /** The JEC of simulation. */
  CorrectionFunction jecMc() {
    return jecMc;
  }

  /**
   * The JEC of data of {@code era}: {@code jec_data} is one tag for the period or a map by era.
   *
   * @throws IllegalArgumentException naming the period and era when the map has no such era
   */
  CorrectionFunction jecData(String era) {
    String base = setup.configPath();
    ParamNode node = params.node(base + ".jec_data");
    String tag;
    if (node.type() == ParamType.STRING) {
      tag = (String) node.value();
    } else {
      Set<String> eras = params.keys(base + ".jec_data");
      if (!eras.contains(era)) {
        throw new IllegalArgumentException("jet energy corrections for data of " + setup.year()
            + (era.isEmpty() ? " need the dataset's era" : ", era '" + era + "'") + ": "
            + base + ".jec_data has entries for the eras " + eras + " only (" + setup.collection()
            + " is recalibrated in data because apply_jec_Data." + setup.year() + "."
            + setup.alias() + " is true)");
      }
      tag = params.getString(base + ".jec_data." + era);
    }
    return jec(tag + "_" + params.getString(base + ".level") + "_" + setup.alias());
  }

  /** Whether the scale factor takes a {@code systematic} string (the older layout). */
  boolean systematicScaleFactor() {
    return scaleFactor.inputs().stream().anyMatch(v -> v.type() == Variable.Type.STRING);
  }

  /** The scale factor bound for one chunk; {@code systematic} is ignored by the newer layout. */
  BoundCorrection scaleFactor(String systematic) {
    return systematicScaleFactor() ? scaleFactor.bind(systematic) : scaleFactor.bind();
  }

  private void checkScaleFactor() {
    for (Variable v : scaleFactor.inputs()) {
      if (v.type() == Variable.Type.STRING && !v.name().equals("systematic")) {
        throw new IllegalArgumentException(source + ": " + scaleFactor.name() + " takes a string"
            + " input '" + v.name() + "'; the JER smearing knows only 'systematic'");
      }
    }
    if (!systematicScaleFactor() && sfUncertainty == null && setup.variations().contains("JER")) {
      throw new IllegalArgumentException(source + ": JER variations need either a systematic"
          + " input of " + scaleFactor.name() + " or a correction "
          + scaleFactor.name().replace("ScaleFactor", "SFUncertainty"));
    }
  }

  /** PocketCoffea looks the JEC up among compound corrections first, then plain ones. */
  private CorrectionFunction jec(String tag) {
    CorrectionFunction f = file.compounds().get(tag);
    if (f == null) {
      f = file.corrections().get(tag);
    }
    if (f == null) {
      throw new NoSuchElementException(source + " has no JEC '" + tag + "' (neither a compound"
          + " nor a plain correction), needed for " + setup.collection() + " in " + setup.year());
    }
    return f;
  }

  private Correction correction(String tag) {
    Correction c = file.corrections().get(tag);
    if (c == null) {
      throw new NoSuchElementException(source + " has no correction '" + tag + "', needed for "
          + setup.collection() + " in " + setup.year());
    }
    return c;
  }
}
