package org.cortado.runtime.weights;

import java.util.ArrayList;
import java.util.List;
import org.cortado.params.Params;
import org.cortado.runtime.corrections.Correction;
import org.cortado.runtime.corrections.Variable;
import org.cortado.runtime.corrections.Variations;

/**
 * PocketCoffea's {@code sf_mu_id} and {@code sf_mu_iso}: a MUO scale factor per muon, nominal and
 * {@code systup}/{@code systdown}; the event weight is the product over the selected muons. The
 * file is {@code lepton_scale_factors.muon_sf.JSONfiles.<year>.file}, the correction
 * {@code lepton_scale_factors.muon_sf.sf_name.<year>.id} (or {@code .iso}).
 *
 * <p>Both MUO layouts are understood: the current one, {@code (eta, pt, scale_factors)} with
 * {@code nominal/systup/systdown}, evaluated at |eta| before 2023 and at the signed eta from 2023
 * on (as PocketCoffea does), and the Run-2 UL one, {@code (year, abseta, pt, ValType)} with
 * {@code sf/systup/systdown} and the year key {@code 2018_UL} (etc.).
 */
public final class MuonScaleFactor {
  private final Variations variations;
  private final boolean absEta;

  private MuonScaleFactor(Correction c, String year) {
    List<String> nominalKeys = new ArrayList<>();
    List<String> upKeys = new ArrayList<>();
    List<String> downKeys = new ArrayList<>();
    List<String> reals = new ArrayList<>();
    for (Variable v : c.inputs()) {
      if (v.type() != Variable.Type.STRING) {
        reals.add(v.name());
        continue;
      }
      switch (v.name()) {
        case "year" -> {
          nominalKeys.add(legacyYear(year));
          upKeys.add(legacyYear(year));
          downKeys.add(legacyYear(year));
        }
        case "ValType" -> {
          nominalKeys.add("sf");
          upKeys.add("systup");
          downKeys.add("systdown");
        }
        case "scale_factors" -> {
          nominalKeys.add("nominal");
          upKeys.add("systup");
          downKeys.add("systdown");
        }
        default -> throw new IllegalArgumentException("muon scale factor '" + c.name()
            + "' has an unknown string input '" + v.name() + "'");
      }
    }
    if (reals.size() != 2 || !reals.get(1).equals("pt")
        || !(reals.get(0).equals("eta") || reals.get(0).equals("abseta"))) {
      throw new IllegalArgumentException("muon scale factor '" + c.name()
          + "' takes " + reals + "; expected (eta or abseta, pt)");
    }
    this.absEta = reals.get(0).equals("abseta") || year.compareTo("2023") < 0;
    this.variations = Variations.of(c.bind(nominalKeys.toArray(new String[0])),
        c.bind(upKeys.toArray(new String[0])), c.bind(downKeys.toArray(new String[0])));
  }

  /** The ID scale factor of {@code params}, per period. */
  public static Factory id(Params params) {
    return new Factory(params, "id");
  }

  /** The isolation scale factor of {@code params}, per period. */
  public static Factory iso(Params params) {
    return new Factory(params, "iso");
  }

  /** An evaluator for a MUO correction and the period it is used for. */
  public static MuonScaleFactor of(Correction correction, String year) {
    return new MuonScaleFactor(correction, year);
  }

  /** The nominal scale factor of a muon; {@link #up()} and {@link #down()} then give its variations. */
  public double nominal(double eta, double pt) {
    return variations.at(absEta ? Math.abs(eta) : eta, pt)[0];
  }

  /** The {@code systup} scale factor of the muon last passed to {@link #nominal}. */
  public double up() {
    return variations.kept(1);
  }

  /** The {@code systdown} scale factor of the muon last passed to {@link #nominal}. */
  public double down() {
    return variations.kept(2);
  }

  /** The year key of the Run-2 UL MUO files: {@code 2016preVFP_UL}, {@code 2018_UL}. */
  static String legacyYear(String year) {
    switch (year) {
      case "2016_PreVFP": return "2016preVFP_UL";
      case "2016_PostVFP": return "2016postVFP_UL";
      default: return year + "_UL";
    }
  }

  /** Makes per-period evaluators; shared by all threads of a run. */
  public static final class Factory {
    private final PerYear<Correction> corrections;

    private Factory(Params params, String kind) {
      this.corrections = new PerYear<>("the muon " + kind + " scale factor", year -> {
        String base = "lepton_scale_factors.muon_sf.";
        return CorrectionFiles.load(params.getPath(base + "JSONfiles." + year + ".file"))
            .correction(params.getString(base + "sf_name." + year + "." + kind));
      });
    }

    /** An evaluator for {@code year}; not thread-safe, bind one per chunk. */
    public MuonScaleFactor bind(String year) {
      return new MuonScaleFactor(corrections.get(year), year);
    }
  }
}
