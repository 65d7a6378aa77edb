package org.cortado.runtime.generate;

import java.util.SplittableRandom;

/** Random draws the generator's streams share. */
final class Draws {
  private Draws() {}

  /**
   * A Poisson count of mean {@code mean}: Knuth's product of uniforms, or a rounded Gaussian above
   * a mean of 30, where the product would take too many draws.
   */
  static int poisson(SplittableRandom random, double mean) {
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }
}
