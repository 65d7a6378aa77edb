package org.cortado.runtime.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cortado.runtime.histograms.Axis;
import org.cortado.runtime.histograms.Hist1D;
import org.junit.jupiter.api.Test;

/** Only a value within its slack of an edge may land in the neighbouring bin. */
class ExpectedHistogramTest {
  private static final Axis AXIS = Axis.regular("x", "", 10, 0, 10, true, true);

  @Test
  void aValueNearAnEdgeMayLandOnEitherSide() {
    ExpectedHistogram expected = new ExpectedHistogram(AXIS, 1e-6, 0);
    expected.fill(2.9999995, 2.0);
    expected.fill(5.5, 3.0);
    Hist1D actual = new Hist1D("x", AXIS);
    actual.fill(3.0000002, 2.0);
    actual.fill(5.5, 3.0);
    ExpectedHistogram.Outcome o = expected.compare(actual);
    assertTrue(o.matches(), o.difference());
    assertEquals(1, o.ambiguous());
    assertEquals(List.of("value 2.9999995 in bin 4 [3.0, 4.0), not bin 3 [2.0, 3.0)"), o.moved());

    Hist1D same = new Hist1D("x", AXIS);
    same.fill(2.9999995, 2.0);
    same.fill(5.5, 3.0);
    assertEquals(List.of(), expected.compare(same).moved());
  }

  @Test
  void aValueFarFromEveryEdgeMayNotMove() {
    ExpectedHistogram expected = new ExpectedHistogram(AXIS, 1e-6, 0);
    expected.fill(2.99999, 1.0);
    Hist1D actual = new Hist1D("x", AXIS);
    actual.fill(3.00001, 1.0);
    ExpectedHistogram.Outcome o = expected.compare(actual);
    assertFalse(o.matches());
    assertEquals(0, o.ambiguous());
    assertTrue(o.difference().startsWith("bin 3 [2.0, 3.0): expected 1.0 (sumw2 1.0), got 0.0"),
        o.difference());
  }

  @Test
  void theSlackMayBeRelativeAndCoversASelection() {
    ExpectedHistogram expected = new ExpectedHistogram(AXIS, 0, 1e-6);
    assertArrayEquals(new int[] {5}, expected.choices(4.5, v -> true));
    assertArrayEquals(new int[] {9, 10}, expected.choices(8.999996, v -> true));
    assertArrayEquals(new int[] {-1, 9}, expected.choices(8.000001, v -> v > 8.000002));
    assertArrayEquals(new int[] {0}, expected.choices(-1, v -> true));
  }

  @Test
  void withoutSlackTheSumsMustBeBitForBit() {
    ExpectedHistogram expected = new ExpectedHistogram(AXIS, 0, 0);
    expected.fill(1.5, 0.1);
    expected.fill(1.5, 0.2);
    expected.fill(1.5, 0.3);
    Hist1D inOrder = new Hist1D("x", AXIS);
    inOrder.fill(1.5, 0.1);
    inOrder.fill(1.5, 0.2);
    inOrder.fill(1.5, 0.3);
    assertTrue(expected.compare(inOrder).matches());
    Hist1D reordered = new Hist1D("x", AXIS);
    reordered.fill(1.5, 0.3);
    reordered.fill(1.5, 0.2);
    reordered.fill(1.5, 0.1);
    assertFalse(expected.compare(reordered).matches(), "0.1 + 0.2 + 0.3 != 0.3 + 0.2 + 0.1");
  }
}
