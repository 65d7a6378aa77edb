package org.cortado.runtime.weights;

import java.util.ArrayList;
import java.util.List;
import org.cortado.params.Params;
import org.cortado.runtime.corrections.Correction;
import org.cortado.runtime.corrections.Variable;
import org.cortado.runtime.corrections.Variations;

/**
 * PocketCoffea's {@code sf_ele_id} and {@code sf_ele_reco}: an EGM scale factor per electron at
 * the supercluster eta ({@code eta + deltaEtaSC}) and pT, nominal and {@code sfup}/{@code sfdown};
 * the event weight is the product over the selected electrons. The EGM correction takes
 * {@code (year, ValType, WorkingPoint, eta, pt)}.
 *
 * <ul>
 *   <li>ID: working point {@code lepton_scale_factors.electron_sf.id.<object_preselection.Electron.id>}
 *       (for example {@code mvaFall17V2Iso_WP80} → {@code wp80iso}), era
 *       {@code era_mapping.<year>.id}, file {@code JSONfiles.<year>.files.id};
 *   <li>reco: working point by pT from {@code JSONfiles.<year>.reco} ({@code pt_lt_20},
 *       {@code pt_gt_20}, or in Run 3 {@code pt_gt_20_lt_75} and {@code pt_gt_75}), era
 *       {@code era_mapping.<year>.reco}, file {@code JSONfiles.<year>.files.reco}.
 * </ul>
 * The 2023 EGM files, which add a {@code phi} input, are not supported yet.
 */
public final class ElectronScaleFactor {
  private static final String BASE = "lepton_scale_factors.electron_sf.";

  /** Upper pT edges of the working-point bins but the last; one more bound correction than edges. */
  private final double[] ptEdges;
  /** Nominal, up and down of each working point, evaluated together. */
  private final Variations[] workingPoints;
  /** The working point of the electron last passed to {@link #nominal}; the first before that. */
  private Variations current;

  private ElectronScaleFactor(Correction c, String era, List<String> workingPoints,
      double[] ptEdges) {
    List<Variable> reals = new ArrayList<>();
    for (Variable v : c.inputs()) {
      if (v.type() != Variable.Type.STRING) {
        reals.add(v);
      }
    }
    if (reals.size() != 2 || !reals.get(0).name().equals("eta")
        || !reals.get(1).name().equals("pt")) {
      throw new IllegalArgumentException("electron scale factor '" + c.name() + "' takes "
          + reals + "; only (eta, pt) is supported");
    }
    this.ptEdges = ptEdges;
    this.workingPoints = new Variations[workingPoints.size()];
    for (int k = 0; k < workingPoints.size(); k++) {
      String wp = workingPoints.get(k);
      this.workingPoints[k] = Variations.of(c.bind(keys(c, era, "sf", wp)),
          c.bind(keys(c, era, "sfup", wp)), c.bind(keys(c, era, "sfdown", wp)));
    }
    this.current = this.workingPoints[0]; // evaluated nothing yet: a variation asked for now throws
  }

  private static String[] keys(Correction c, String era, String valType, String wp) {
    List<String> keys = new ArrayList<>();
    for (Variable v : c.inputs()) {
      if (v.type() == Variable.Type.STRING) {
        switch (v.name()) {
          case "year" -> keys.add(era);
          case "ValType" -> keys.add(valType);
          case "WorkingPoint" -> keys.add(wp);
          default -> throw new IllegalArgumentException("electron scale factor '" + c.name()
              + "' has an unknown string input '" + v.name() + "'");
        }
      }
    }
    return keys.toArray(new String[0]);
  }

  /** The ID scale factor of {@code params}, per period. */
  public static Factory id(Params params) {
    return new Factory(params, true);
  }

  /** The reconstruction scale factor of {@code params}, per period. */
  public static Factory reco(Params params) {
    return new Factory(params, false);
  }

  /** An evaluator for one working point, whatever the pT. */
  public static ElectronScaleFactor of(Correction correction, String era, String workingPoint) {
    return new ElectronScaleFactor(correction, era, List.of(workingPoint), new double[0]);
  }

  /** An evaluator switching working point at the pT edges: {@code wps.size() == edges.length + 1}. */
  public static ElectronScaleFactor of(Correction correction, String era, List<String> wps,
      double[] ptEdges) {
    if (wps.size() != ptEdges.length + 1) {
      throw new IllegalArgumentException("need one working point more than pT edges");
    }
    return new ElectronScaleFactor(correction, era, wps, ptEdges.clone());
  }

  private int bin(double pt) {
    int k = 0;
    while (k < ptEdges.length && pt >= ptEdges[k]) {
      k++;
    }
    return k;
  }

  /** The nominal scale factor of an electron; {@link #up()} and {@link #down()} then give its variations. */
  public double nominal(double eta, double deltaEtaSC, double pt) {
    current = workingPoints[bin(pt)];
    return current.at(eta + deltaEtaSC, pt)[0];
  }

  /** The {@code sfup} scale factor of the electron last passed to {@link #nominal}. */
  public double up() {
    return current.kept(1);
  }

  /** The {@code sfdown} scale factor of the electron last passed to {@link #nominal}. */
  public double down() {
    return current.kept(2);
  }

  /** Makes per-period evaluators; shared by all threads of a run. */
  public static final class Factory {
    /** What one period needs; bound corrections are per thread, so they are bound per call. */
    private record Setup(Correction correction, String era, List<String> wps, double[] edges) {}

    private final PerYear<Setup> setups;

    private Factory(Params params, boolean id) {
      String kind = id ? "id" : "reco";
      this.setups = new PerYear<>("the electron " + kind + " scale factor", year -> {
        String files = BASE + "JSONfiles." + year;
        Correction c = CorrectionFiles.load(params.getPath(files + ".files." + kind))
            .correction(params.getString(files + ".name"));
        String era = String.valueOf(params.node(BASE + "era_mapping." + year + "." + kind).value());
        if (id) {
          String nanoId = params.getString("object_preselection.Electron.id");
          return new Setup(c, era, List.of(params.getString(BASE + "id." + nanoId)),
              new double[0]);
        }
        String reco = files + ".reco.";
        if (params.has(reco + "pt_gt_75")) {
          return new Setup(c, era, List.of(params.getString(reco + "pt_lt_20"),
              params.getString(reco + "pt_gt_20_lt_75"), params.getString(reco + "pt_gt_75")),
              new double[] {20, 75});
        }
        return new Setup(c, era, List.of(params.getString(reco + "pt_lt_20"),
            params.getString(reco + "pt_gt_20")), new double[] {20});
      });
    }

    /** An evaluator for {@code year}; not thread-safe, bind one per chunk. */
    public ElectronScaleFactor bind(String year) {
      Setup s = setups.get(year);
      return new ElectronScaleFactor(s.correction(), s.era(), s.wps(), s.edges());
    }
  }
}
