package org.cortado.runtime.weights;

import org.cortado.params.Params;
import org.cortado.runtime.corrections.Correction;
import org.cortado.runtime.corrections.Variations;

/**
 * PocketCoffea's {@code pileup} weight: the LUM {@code puWeights} correction at the true number of
 * interactions ({@code Pileup_nTrueInt}), nominal and {@code up}/{@code down}. The file and
 * correction name per period are the parameters {@code pileupJSONfiles.<year>.file} and
 * {@code .name}.
 *
 * <pre>{@code
 * PileupWeight pu = PileupWeight.factory(params).bind("2018");   // once per chunk and thread
 * double w = pu.nominal(nTrueInt);
 * }</pre>
 */
public final class PileupWeight {
  private final Variations variations;

  private PileupWeight(Correction c) {
    this.variations = Variations.of(c.bind("nominal"), c.bind("up"), c.bind("down"));
  }

  /** A factory reading its files from {@code params}; thread-safe, loads lazily per period. */
  public static Factory factory(Params params) {
    return new Factory(params);
  }

  /** An evaluator for a LUM pile-up correction (inputs: number of interactions, variation). */
  public static PileupWeight of(Correction correction) {
    return new PileupWeight(correction);
  }

  /** The nominal weight of an event; {@link #up()} and {@link #down()} then give its variations. */
  public double nominal(double nTrueInt) {
    return variations.at(nTrueInt)[0];
  }

  /** The {@code up} weight of the event last passed to {@link #nominal}. */
  public double up() {
    return variations.kept(1);
  }

  /** The {@code down} weight of the event last passed to {@link #nominal}. */
  public double down() {
    return variations.kept(2);
  }

  /** Makes per-period evaluators; shared by all threads of a run. */
  public static final class Factory {
    private final PerYear<Correction> corrections;

    private Factory(Params params) {
      this.corrections = new PerYear<>("the pileup weight", year -> {
        String base = "pileupJSONfiles." + year;
        return CorrectionFiles.load(params.getPath(base + ".file"))
            .correction(params.getString(base + ".name"));
      });
    }

    /** An evaluator for {@code year}; not thread-safe, bind one per chunk. */
    public PileupWeight bind(String year) {
      return new PileupWeight(corrections.get(year));
    }
  }
}
