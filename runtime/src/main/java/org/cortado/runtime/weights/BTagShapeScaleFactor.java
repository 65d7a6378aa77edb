package org.cortado.runtime.weights;

import java.util.List;
import org.cortado.params.Params;
import org.cortado.runtime.corrections.BoundCorrection;
import org.cortado.runtime.corrections.Correction;

/**
 * PocketCoffea's {@code sf_btag}: the BTV DeepJet shape scale factor per jet, at
 * {@code (systematic, hadronFlavour, |eta|, pt, btagDeepFlavB)}; the event weight is the product
 * over the selected jets. The file and correction are {@code jet_scale_factors.btagSF.<year>.file}
 * and {@code .name} ({@code deepJet_shape}).
 *
 * <p>The variations are one up/down pair per uncertainty source of {@link #SOURCES}. As BTV
 * prescribes and PocketCoffea does, {@code cferr1/2} shift only c jets (hadronFlavour 4) and
 * the other sources only b and light jets; a jet a source does not apply to keeps its central
 * SF in that variation (the BTV file has no {@code up_lf} entry for flavour 4, nor
 * {@code up_cferr1} for flavours 0 and 5). The JES-correlated entries ({@code up_jes...}), which
 * PocketCoffea uses as the central SF of JES-shifted jets, are not used.
 *
 * <p>Usage, per jet, allocation-free: {@link #jet} selects the jet and returns its central SF;
 * {@link #up(int)} and {@link #down(int)} then give its SF for source {@code k}.
 * <pre>{@code
 * BTagShapeScaleFactor sf = BTagShapeScaleFactor.factory(params).bind("2018");  // per chunk
 * double w = sf.jet(flavour, eta, pt, deepFlavB);
 * double wLfUp = sf.up(1);                                                      // "lf"
 * }</pre>
 * Out-of-range jets fail as in correctionlib: |eta| at or above the last edge (2.5) throws;
 * pt and the discriminant are clamped by the file.
 */
public final class BTagShapeScaleFactor {
  /** The uncertainty sources, in PocketCoffea's order; {@code up(k)} shifts {@code SOURCES.get(k)}. */
  public static final List<String> SOURCES = List.of("hf", "lf", "hfstats1", "hfstats2",
      "lfstats1", "lfstats2", "cferr1", "cferr2");

  /** The hadron flavour of c jets; the {@code cferr} sources apply to them only. */
  static final int CHARM = 4;

  private final BoundCorrection central;
  private final BoundCorrection[] up;
  private final BoundCorrection[] down;
  private final boolean[] charmOnly;

  private int flavour;
  private double absEta;
  private double pt;
  private double discriminant;
  private double centralValue;

  private BTagShapeScaleFactor(Correction c) {
    if (c.inputs().size() != 5) {
      throw new IllegalArgumentException("b-tag shape scale factor '" + c.name() + "' takes "
          + c.inputs() + "; expected (systematic, flavor, abseta, pt, discriminant)");
    }
    this.central = c.bind("central");
    this.up = new BoundCorrection[SOURCES.size()];
    this.down = new BoundCorrection[SOURCES.size()];
    this.charmOnly = new boolean[SOURCES.size()];
    for (int k = 0; k < SOURCES.size(); k++) {
      up[k] = c.bind("up_" + SOURCES.get(k));
      down[k] = c.bind("down_" + SOURCES.get(k));
      charmOnly[k] = SOURCES.get(k).startsWith("cferr");
    }
  }

  /** A factory reading its files from {@code params}; thread-safe, loads lazily per period. */
  public static Factory factory(Params params) {
    return new Factory(params);
  }

  /** An evaluator for a BTV shape correction ({@code deepJet_shape}). */
  public static BTagShapeScaleFactor of(Correction correction) {
    return new BTagShapeScaleFactor(correction);
  }

  /** Whether source {@code k} shifts a jet of this hadron flavour. */
  public static boolean applies(int source, int flavour) {
    return SOURCES.get(source).startsWith("cferr") == (flavour == CHARM);
  }

  /**
   * Selects a jet and returns its central SF; {@link #up(int)} and {@link #down(int)} refer to
   * this jet until the next call.
   */
  public double jet(int hadronFlavour, double eta, double pt, double discriminant) {
    this.flavour = hadronFlavour;
    this.absEta = Math.abs(eta);
    this.pt = pt;
    this.discriminant = discriminant;
    this.centralValue = central.evaluate(hadronFlavour, absEta, pt, discriminant);
    return centralValue;
  }

  /** The selected jet's SF with source {@code k} shifted up (its central SF if k does not apply). */
  public double up(int k) {
    return shifted(up, k);
  }

  /** The selected jet's SF with source {@code k} shifted down (its central SF if k does not apply). */
  public double down(int k) {
    return shifted(down, k);
  }

  private double shifted(BoundCorrection[] table, int k) {
    if (charmOnly[k] != (flavour == CHARM)) {
      return centralValue;
    }
    return table[k].evaluate(flavour, absEta, pt, discriminant);
  }

  /** Makes per-period evaluators; shared by all threads of a run. */
  public static final class Factory {
    private final PerYear<Correction> corrections;

    private Factory(Params params) {
      this.corrections = new PerYear<>("the b-tag shape scale factor", year -> {
        String base = "jet_scale_factors.btagSF." + year;
        return CorrectionFiles.load(params.getPath(base + ".file"))
            .correction(params.getString(base + ".name"));
      });
    }

    /** An evaluator for {@code year}; not thread-safe, bind one per chunk. */
    public BTagShapeScaleFactor bind(String year) {
      return new BTagShapeScaleFactor(corrections.get(year));
    }
  }
}
