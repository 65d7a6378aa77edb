package org.cortado.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** What the figure draws around the stack, read back from the chart's datasets. */
class StackPlotTest {
  private static final double[] EDGES = {0, 1, 2};

  @Test
  void theBandIsStatisticalAndSystematicInQuadratureAroundTheStack() {
    SampleHistogram a = new SampleHistogram("A", EDGES, new double[] {10, 20}, new double[] {9, 16});
    SampleHistogram b = new SampleHistogram("B", EDGES, new double[] {30, 0}, new double[] {16, 0});
    SampleHistogram data = new SampleHistogram("Data", EDGES, new double[] {42, 25},
        new double[] {42, 25});
    // Stack 40 and 20, statistical variance 25 and 16; systematics +12/-0 and +0/-3.
    SystematicBand sys = new SystematicBand(new double[] {12, 0}, new double[] {0, 3});
    JFreeChart chart = StackPlot.chart(new PlotRequest("x", "x", List.of(a, b), data, sys, "CMS",
        "13 TeV", false, PlotStyle.DEFAULT));
    List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
    XYIntervalSeriesCollection band = (XYIntervalSeriesCollection) panels.get(0).getDataset(2);
    // bin 0: up sqrt(25 + 144) = 13, down 5; bin 1: up 4, down sqrt(16 + 9) = 5.
    assertEquals(40 + 13, band.getEndYValue(0, 0), 1e-12);
    assertEquals(40 - 5, band.getStartYValue(0, 0), 1e-12);
    assertEquals(20 + 4, band.getEndYValue(0, 1), 1e-12);
    assertEquals(20 - 5, band.getStartYValue(0, 1), 1e-12);
    XYIntervalSeriesCollection ratio = (XYIntervalSeriesCollection) panels.get(1).getDataset(0);
    assertEquals(1 + 13.0 / 40, ratio.getEndYValue(0, 0), 1e-12);
    assertEquals(1 - 5.0 / 20, ratio.getStartYValue(0, 1), 1e-12);
    assertEquals("Stat. \u2295 syst. unc.", ratio.getSeriesKey(0));
  }

  @Test
  void withoutVariationsTheBandIsStatisticalOnly() {
    SampleHistogram a = new SampleHistogram("A", EDGES, new double[] {10, 20}, new double[] {9, 16});
    SampleHistogram data = new SampleHistogram("Data", EDGES, new double[] {1, 2}, new double[] {1, 2});
    JFreeChart chart = StackPlot.chart(new PlotRequest("x", "x", List.of(a), data,
        SystematicBand.of(new double[] {10, 20}, List.of()), "CMS", "13 TeV", false, PlotStyle.DEFAULT));
    List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
    assertNull(panels.get(0).getDataset(2), "no band in the main panel without variations");
    XYIntervalSeriesCollection ratio = (XYIntervalSeriesCollection) panels.get(1).getDataset(0);
    assertEquals(1 + 3.0 / 10, ratio.getEndYValue(0, 0), 1e-12);
    assertEquals("MC stat. unc.", ratio.getSeriesKey(0));
    assertEquals(0, panels.get(1).getRangeAxis().getLowerBound(), "a ratio axis starts at 0 at most");
  }
}
