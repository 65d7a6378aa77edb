package org.cortado.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The band on a small case worked out by hand. */
class SystematicBandTest {
  @Test
  void shiftsAddInQuadraturePerSide() {
    double[] nominal = {10, 20, 30};
    // A: up raises, down lowers. B: both raise bin 0 (one-sided), both lower bin 2, nothing in bin 1.
    SystematicBand.Shift a = new SystematicBand.Shift("A", new double[] {13, 24, 30},
        new double[] {6, 17, 30});
    SystematicBand.Shift b = new SystematicBand.Shift("B", new double[] {12, 20, 26},
        new double[] {14, 20, 29});
    SystematicBand band = SystematicBand.of(nominal, List.of(a, b));
    // bin 0: up sqrt(3^2 + 4^2) = 5, down 4 (A only); bin 1: up 4, down 3; bin 2: up 0, down 4.
    assertArrayEquals(new double[] {5, 4, 0}, band.up(), 1e-12);
    assertArrayEquals(new double[] {4, 3, 4}, band.down(), 1e-12);
  }

  @Test
  void noSystematicsIsAnEmptyBandAndMismatchedBinsAreRefused() {
    assertTrue(SystematicBand.of(new double[] {1, 2}, List.of()).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> SystematicBand.of(new double[] {1, 2},
        List.of(new SystematicBand.Shift("A", new double[] {1}, new double[] {1, 2}))));
  }
}
