package org.cortado.runtime.histograms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistTest {
  @Test
  void regularAxisBinsWithFlow() {
    Axis a = Axis.regular("x", "", 4, 0, 2, true, true);
    assertEquals(0, a.index(-0.1));
    assertEquals(1, a.index(0));
    assertEquals(2, a.index(0.5));
    assertEquals(4, a.index(1.99));
    assertEquals(5, a.index(2.0));
    assertEquals(5, a.index(Double.NaN));
    assertEquals(6, a.extent());
  }

  @Test
  void disabledFlowDropsValues() {
    Axis a = Axis.regular("x", "", 4, 0, 2, false, false);
    assertEquals(-1, a.index(-1));
    assertEquals(-1, a.index(3));
    Hist1D h = new Hist1D("h", a);
    h.fill(3, 1);
    assertArrayEquals(new double[6], h.sumw());
  }

  @Test
  void variableIntegerAndCategoryAxes() {
    Axis v = Axis.variable("v", "", new double[] {0, 1, 10}, true, true);
    assertEquals(1, v.index(0));
    assertEquals(2, v.index(1));
    assertEquals(2, v.index(9.9));
    assertEquals(3, v.index(10));
    Axis i = Axis.integer("i", "", 0, 3, true, true);
    assertEquals(1, i.index(0));
    assertEquals(3, i.index(2));
    assertEquals(4, i.index(3));
    assertEquals(0, i.index(-1));
    Axis c = Axis.category("c", "", new int[] {-1, 1}, true);
    assertEquals(1, c.index(-1));
    assertEquals(2, c.index(1));
    assertEquals(3, c.index(0));
    assertThrows(IllegalArgumentException.class,
        () -> Axis.variable("v", "", new double[] {0, 0}, true, true));
    assertThrows(IllegalArgumentException.class, () -> Axis.regular("r", "", 0, 0, 1, true, true));
  }

  @Test
  void sumwAndSumw2() {
    Hist1D h = new Hist1D("h", Axis.regular("x", "", 2, 0, 2, true, true));
    h.fill(0.5, 2);
    h.fill(0.5, 3);
    h.fill(1.5, -1);
    assertArrayEquals(new double[] {0, 5, -1, 0}, h.sumw());
    assertArrayEquals(new double[] {0, 13, 1, 0}, h.sumw2());
  }

  @Test
  void mergeAddsInFixedOrderAndChecksBinning() {
    Axis a = Axis.regular("x", "", 2, 0, 2, true, true);
    Hist1D h1 = new Hist1D("h", a);
    Hist1D h2 = new Hist1D("h", a);
    h1.fill(0.5, 1);
    h2.fill(0.5, 2);
    h2.fill(5, 1);
    Hist1D m = h1.merge(h2);
    assertArrayEquals(new double[] {0, 3, 0, 1}, m.sumw());
    assertArrayEquals(new double[] {0, 1, 0, 0}, h1.sumw(), "merge leaves inputs unchanged");
    Hist1D other = new Hist1D("h", Axis.regular("x", "", 3, 0, 2, true, true));
    assertThrows(IllegalArgumentException.class, () -> h1.merge(other));
  }

  @Test
  void variationsOfARowAreFilledTogetherAndCountTheirFills() {
    Axis a = Axis.regular("x", "", 2, 0, 2, true, false);
    Hist1D[] row = Hist1D.variations("h", a, 3);
    Hist1D.fill(row, 0, 3, 0.5, new double[] {1, 2, 3});
    Hist1D.fill(row, 0, 3, 1.5, new double[] {4, 5, 6});
    Hist1D.fill(row, 0, 3, 7, new double[] {1, 1, 1}); // disabled overflow: dropped, not counted
    assertArrayEquals(new double[] {0, 2, 5, 0}, row[1].sumw());
    assertArrayEquals(new double[] {0, 9, 36, 0}, row[2].sumw2());
    for (Hist1D h : row) {
      assertEquals(2, h.entries());
    }
    // One variation alone (the slow path) counts its own fills only.
    Hist1D.fill(row, 1, 1, 0.5, new double[] {10});
    assertEquals(3, row[1].entries());
    assertEquals(2, row[0].entries());
    assertArrayEquals(new double[] {0, 12, 5, 0}, row[1].sumw());
    Hist1D single = new Hist1D("h", a);
    single.fill(0.5, 2);
    Hist1D sum = single.merge(row[1]);
    assertEquals(4, sum.entries());
    assertArrayEquals(new double[] {0, 14, 5, 0}, sum.sumw());
  }

  @Test
  void hist2dFillsAndMerges() {
    Hist2D h = new Hist2D("h", Axis.regular("x", "", 2, 0, 2, true, true),
        Axis.integer("y", "", 0, 2, true, true));
    h.fill(0.5, 1, 2);
    h.fill(-1, 5, 1);
    assertEquals(2, h.sumw(1, 2));
    assertEquals(4, h.sumw2(1, 2));
    assertEquals(1, h.sumw(0, 3));
    Hist2D m = h.merge(h);
    assertEquals(4, m.sumw(1, 2));
  }
}
