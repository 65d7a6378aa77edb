package org.cortado.runtime.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.cortado.runtime.corrections.Correction;
import org.junit.jupiter.api.Test;

/**
 * The JER smearing factor: at the points hand-walked through PocketCoffea's JERSmear correction
 * in CORRECTIONS.md, and the direct formulas the calibrator uses against that correction, bit for
 * bit, at random points of both branches and their edges.
 */
class JerSmearTest {
  private final JerSmear smear = new JerSmear();

  private double factor(double pt, double eta, double gen, double rho, long event, double jer,
      double sf) {
    double draw = JerSmear.stochastic(gen) ? smear.normal(pt, eta, rho, event) : 0.0;
    return JerSmear.factor(pt, gen, jer, sf, draw);
  }

  @Test
  void handWalkedPointsOfCorrectionsMd() {
    assertEquals(0.9664759724314733,
        factor(54.157390964172436, 1.3, -1.0, 20.0, 123456789, 0.16982304759517586, 1.1304),
        1e-15);
    assertEquals(1.0100101532233472,
        factor(54.157390964172436, 1.3, 50.0, 20.0, 123456789, 0.16982304759517586, 1.1304),
        1e-15);
    assertEquals(0.9722902215804169,
        factor(50.0, 1.3, -1.0, 20.0, 123456789, 0.1765257701013589, 1.1304), 1e-15);
    assertEquals(1.0133335719967709, factor(120.0, -2.7, -1.0, 35.0, 987654321, 0.1, 1.2),
        1e-15);
    // GenPt 0 (an unmatched jet whose resolution exceeds 1/3) takes the scaling branch: sf.
    assertEquals(1.1304, factor(20.0, 1.3, 0.0, 20.0, 5, 0.4, 1.1304), 1e-15);
    // A scale factor below 1 cannot narrow an unmatched jet: max(sf^2 - 1, 0) = 0.
    assertEquals(1.0, factor(20.0, 1.3, -1.0, 20.0, 5, 0.4, 0.9));
  }

  @Test
  void directFormulasEqualTheCorrection() {
    Correction reference = JerSmear.correction();
    SplittableRandom random = new SplittableRandom(7);
    double[] gens = {-1.0, -0.5, -2.0, 0.0, 0.5, 1.0, 30.0, Double.NaN};
    for (int i = 0; i < 20000; i++) {
      double pt = random.nextDouble(5, 500);
      double eta = (float) random.nextDouble(-5, 5);
      double rho = (float) random.nextDouble(0, 60);
      long event = random.nextLong(1L << 40);
      double jer = random.nextDouble(0.01, 0.6);
      double sf = random.nextDouble(0.8, 1.6);
      double gen = i < gens.length * 100 ? gens[i % gens.length] : random.nextDouble(-1, pt * 2);
      double expected = reference.evaluate(pt, eta, gen, rho, event, jer, sf);
      assertEquals(Double.doubleToLongBits(expected),
          Double.doubleToLongBits(factor(pt, eta, gen, rho, event, jer, sf)),
          () -> pt + " " + eta + " " + gen + " " + rho + " " + event + " " + jer + " " + sf);
    }
  }
}
