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

  private final BoundCorrection smear = CORRECTION.bind();
  private final double[] args = new double[7];

  /** The correction itself, for tests. */
  static Correction correction() {
    return CORRECTION;
  }

  /**
   * The smearing factor. {@code eventId} is the event number as PocketCoffea passes it: a float64
   * ({@code ones_like(pt) * event}) that correctionlib casts to int64.
   */
  double factor(double jetPt, double jetEta, double genPt, double rho, double eventId,
      double jer, double sf) {
    args[0] = jetPt;
    args[1] = jetEta;
    args[2] = genPt;
    args[3] = rho;
    args[4] = eventId;
    args[5] = jer;
    args[6] = sf;
    return smear.evaluate(args);
  }
}
