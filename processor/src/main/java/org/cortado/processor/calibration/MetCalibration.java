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
 * PocketCoffea's {@code met_type1_calibration} ({@code METCalibrator}): the MET of
 * {@code met_calibration.<year>.MET_collection} recomputed from the raw MET and the calibrated
 * {@code Jet} and {@code CorrT1METJet}, in every jet variation, with the unclustered-energy
 * variations {@code unclust_EnUp/Down}. It reads the jets {@code jet_calibration} calibrated.
 */
@AutoService(CalibratorExtension.class)
public final class MetCalibration implements CalibratorExtension {
  private static final String P = "met_calibration.";
  private static final List<String> VARIATIONS = List.of("unclust_EnDown", "unclust_EnUp");

  @Override
  public String name() {
    return Calibrators.MET;
  }

  @Override
  public List<String> requires() {
    return List.of(Calibrators.JETS);
  }

  @Override
  public CalibratorPlan plan(Context context) throws CalibrationException {
    Params params = context.params();
    List<String> periods = context.periods().names();
    int n = periods.size();
    String met = null;
    String raw = null;
    for (String year : periods) {
      String y = met(params, year, "MET_collection");
      String r = met(params, year, "RawMET_collection");
      if (met != null && (!met.equals(y) || !raw.equals(r))) {
        throw new CalibrationException(P + "<year> names different MET collections in different"
            + " periods (" + met + " and " + y + "); run the periods as separate analyses");
      }
      met = y;
      raw = r;
      expect(params, year, "Jet_collection", JetCalibration.JETS);
      expect(params, year, "CorrT1METJet_collection", JetCalibration.MET_JETS);
    }
    List<CalibratorPlan.Input> inputs = new ArrayList<>();
    for (String branch : List.of(raw + "_pt", raw + "_phi", met + "_pt", met + "_phi", "Jet_phi",
        "Jet_muonSubtrFactor", "Jet_chEmEF", "Jet_neEmEF", "CorrT1METJet_phi",
        "CorrT1METJet_muonSubtrFactor")) {
      inputs.add(CalibratorPlan.Input.of(branch, n, EventKind.ALL));
    }
    // Read where the files have them, as PocketCoffea does (NanoAOD v9 has none of them).
    for (String branch : List.of("Jet_muonSubtrDeltaPhi", "CorrT1METJet_muonSubtrDeltaPhi",
        "CorrT1METJet_EmEF")) {
      if (context.schema().branch(branch).isPresent()) {
        inputs.add(CalibratorPlan.Input.of(branch, n, EventKind.ALL));
      }
    }
    List<String> unclustered = met.equals("MET")
        ? List.of("MET_MetUnclustEnUpDeltaX", "MET_MetUnclustEnUpDeltaY")
        : List.of(met + "_ptUnclusteredUp", met + "_ptUnclusteredDown",
            met + "_phiUnclusteredUp", met + "_phiUnclusteredDown");
    for (String branch : unclustered) {
      inputs.add(CalibratorPlan.Input.of(branch, n, EventKind.MC));
    }
    String id = name();
    CalibratorPlan.Instance instance = new CalibratorPlan.Instance(id,
        RuntimeNames.MET_CALIBRATOR, CodeBlock.of("$T.factory(params)", RuntimeNames.MET_CALIBRATOR),
        List.of(JetCalibration.instance(JetCalibration.JETS),
            JetCalibration.instance(JetCalibration.MET_JETS)), false);
    return new CalibratorPlan(id, List.of(instance), List.of(
        new CalibratorPlan.Output(met + "_pt", id, "pt"),
        new CalibratorPlan.Output(met + "_phi", id, "phi")), List.of(), inputs,
        java.util.Collections.nCopies(n, VARIATIONS));
  }

  private static String met(Params params, String year, String key) throws CalibrationException {
    String path = P + year + "." + key;
    JetCalibration.require(params, path);
    return params.getString(path);
  }

  private static void expect(Params params, String year, String key, String collection)
      throws CalibrationException {
    String actual = met(params, year, key);
    if (!actual.equals(collection)) {
      throw new CalibrationException(P + year + "." + key + " is " + actual + "; only "
          + collection + " is calibrated by " + Calibrators.JETS);
    }
  }
}
