package org.cortado.runtime.plot;

import java.util.List;

/**
 * The systematic uncertainty of the simulation per bin, from its up and down variations: for each
 * systematic, the upward shift is the larger of {@code up - nominal} and {@code down - nominal}
 * (zero if both are below the nominal), the downward shift likewise below it; shifts are summed in
 * quadrature over systematics. So a systematic whose two variations move the same way counts on
 * one side only, as PocketCoffea's plots treat them.
 *
 * @param up the upward uncertainty of each bin, not negative
 * @param down the downward uncertainty of each bin, not negative
 */
public record SystematicBand(double[] up, double[] down) {
  /** One systematic: the summed simulation in its up and down variations. */
  public record Shift(String name, double[] up, double[] down) {}

  /** The band around {@code nominal} from {@code shifts}; zero everywhere when there are none. */
  public static SystematicBand of(double[] nominal, List<Shift> shifts) {
    double[] up2 = new double[nominal.length];
    double[] down2 = new double[nominal.length];
    for (Shift s : shifts) {
      if (s.up().length != nominal.length || s.down().length != nominal.length) {
        throw new IllegalArgumentException("systematic " + s.name() + ": " + s.up().length + " and "
            + s.down().length + " bins for " + nominal.length);
      }
      for (int i = 0; i < nominal.length; i++) {
        double u = s.up()[i] - nominal[i];
        double d = s.down()[i] - nominal[i];
        double above = Math.max(0, Math.max(u, d));
        double below = Math.max(0, Math.max(-u, -d));
        up2[i] += above * above;
        down2[i] += below * below;
      }
    }
    for (int i = 0; i < nominal.length; i++) {
      up2[i] = Math.sqrt(up2[i]);
      down2[i] = Math.sqrt(down2[i]);
    }
    return new SystematicBand(up2, down2);
  }

  /** Whether any bin has a non-zero uncertainty. */
  public boolean isEmpty() {
    for (int i = 0; i < up.length; i++) {
      if (up[i] != 0 || down[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
