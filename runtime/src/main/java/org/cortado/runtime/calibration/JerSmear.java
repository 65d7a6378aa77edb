package org.cortado.runtime.calibration;

import org.cortado.runtime.corrections.BoundCorrection;
import org.cortado.runtime.corrections.Correction;
import org.cortado.runtime.corrections.CorrectionSet;

/**
 * The {@code JERSmear} correction PocketCoffea builds at run time
 * ({@code jets.py get_jer_correction_set}, after correctionlib issue #130), evaluated by our
 * correctionlib evaluator exactly as the reference evaluates it. By the (clamped) bin of
 * {@code GenPt} in {@code [-1, 0, 1]}: a jet without an accepted gen match ({@code GenPt = -1})
 * is smeared stochastically, {@code 1 + sqrt(max(sf^2 - 1, 0)) * JER * N}, with {@code N} a
 * normal HashPRNG draw seeded by {@code (JetPt, JetEta, Rho, EventID)}; a matched jet is scaled,
 * {@code 1 + (sf - 1) * (JetPt - GenPt) / JetPt}.
 *
 * <p>The calibrator evaluates the two formulas directly ({@link #factor}) after one draw
 * ({@link #normal}), so the nominal and the JER up and down smearings hash once; the test suite
 * checks them against the correction ({@link #correction}) bit for bit.
 */
final class JerSmear {
  private static final String JSON = "{\"schema_version\": 2, \"corrections\": [{"
      + "\"name\": \"JERSmear\", \"description\": \"Jet smearing tool\", \"version\": 1,"
      + " \"inputs\": ["
      + "{\"name\": \"JetPt\", \"type\": \"real\"},"
      + " {\"name\": \"JetEta\", \"type\": \"real\"},"
      + " {\"name\": \"GenPt\", \"type\": \"real\","
      + " \"description\": \"matched GenJet pt, or -1 if no match\"},"
      + " {\"name\": \"Rho\", \"type\": \"real\", \"description\": \"entropy source\"},"
      + " {\"name\": \"EventID\", \"type\": \"int\", \"description\": \"entropy source\"},"
      + " {\"name\": \"JER\", \"type\": \"real\", \"description\": \"Jet energy resolution\"},"
      + " {\"name\": \"JERsf\", \"type\": \"real\","
      + " \"description\": \"Jet energy resolution scale factor\"}],"
      + " \"output\": {\"name\": \"smear\", \"type\": \"real\"},"
      + " \"data\": {\"nodetype\": \"binning\", \"input\": \"GenPt\", \"edges\": [-1.0, 0.0, 1.0],"
      + " \"flow\": \"clamp\", \"content\": ["
      + "{\"nodetype\": \"transform\", \"input\": \"GenPt\","
      + " \"rule\": {\"nodetype\": \"hashprng\", \"inputs\": [\"JetPt\", \"JetEta\", \"Rho\","
      + " \"EventID\"], \"distribution\": \"normal\"},"
      + " \"content\": {\"nodetype\": \"formula\", \"expression\": \"1+sqrt(max(x*x - 1, 0)) * y * z\","
      + " \"parser\": \"TFormula\", \"variables\": [\"JERsf\", \"JER\", \"GenPt\"]}},"
      + " {\"nodetype\": \"formula\", \"expression\": \"1+(x-1)*(y-z)/y\", \"parser\": \"TFormula\","
      + " \"variables\": [\"JERsf\", \"JetPt\", \"GenPt\"]}]}}]}";

  private static final Correction CORRECTION =
      CorrectionSet.parse(JSON, "PocketCoffea JERSmear").correction("JERSmear");

  /** The random number of the stochastic branch alone, HashPRNG seeded as in JERSmear. */
  private static final Correction NORMAL = CorrectionSet.parse("{\"schema_version\": 2,"
      + " \"corrections\": [{\"name\": \"JERSmearNormal\", \"version\": 1, \"inputs\": ["
      + "{\"name\": \"JetPt\", \"type\": \"real\"}, {\"name\": \"JetEta\", \"type\": \"real\"},"
      + " {\"name\": \"Rho\", \"type\": \"real\"}, {\"name\": \"EventID\", \"type\": \"int\"}],"
      + " \"output\": {\"name\": \"normal\", \"type\": \"real\"},"
      + " \"data\": {\"nodetype\": \"hashprng\", \"inputs\": [\"JetPt\", \"JetEta\", \"Rho\","
      + " \"EventID\"], \"distribution\": \"normal\"}}]}", "JERSmear normal")
      .correction("JERSmearNormal");

  private final BoundCorrection normal = NORMAL.bind();

  /** PocketCoffea's correction itself: the reference {@link #factor} is tested against. */
  static Correction correction() {
    return CORRECTION;
  }

  /** Whether a jet with this {@code GenPt} takes the stochastic branch: bin 0 of the clamp. */
  static boolean stochastic(double genPt) {
    return genPt < 0;
  }

  /**
   * The normal draw of the stochastic branch. {@code eventId} is the event number as PocketCoffea
   * passes it: a float64 ({@code ones_like(pt) * event}) that correctionlib casts to int64.
   */
  double normal(double jetPt, double jetEta, double rho, double eventId) {
    return normal.evaluate(jetPt, jetEta, rho, eventId);
  }

  /**
   * The JERSmear value, the two formulas written out as the correction evaluates them (same
   * operations in the same order, {@code max} with C++'s NaN rule): with {@code draw} the
   * {@link #normal} of the jet when {@link #stochastic}, ignored otherwise. Evaluating them
   * directly lets the nominal and both JER shifts share one draw.
   */
  static double factor(double jetPt, double genPt, double jer, double sf, double draw) {
    if (stochastic(genPt)) {
      double excess = sf * sf - 1;
      return 1 + Math.sqrt(excess < 0 ? 0 : excess) * jer * draw;
    }
    return 1 + (sf - 1) * (jetPt - genPt) / jetPt;
  }
}
