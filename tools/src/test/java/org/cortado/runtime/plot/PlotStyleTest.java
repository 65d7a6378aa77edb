package org.cortado.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** {@code plotting_style} parameters as the figures use them. */
class PlotStyleTest {
  private static final double[] EDGES = {0, 1, 2};

  private static Params yaml(String text) {
    return ParamsLoader.empty().text("style.yaml", text).load();
  }

  @Test
  void labelsColoursSizeAndBandComeFromTheParameters() {
    PlotStyle style = PlotStyle.of(yaml("""
        plotting_style:
          fontsize: 26
          fontsize_legend: 12
          opts_figure: {datamc_ratio: {figsize: [9, 6]}}
          labels_mc: {DYJetsToLL: "Z+jets"}
          colors_mc: {DYJetsToLL: "#ff0000", TTTo2L2Nu: [0.0, 0.0, 1.0]}
          opts_data: {label: Observed, color: red}
          opts_unc: {total: {color: [0., 0., 0., 0.4]}}
        """));
    assertEquals(600, style.width());
    assertEquals(400, style.height());
    assertEquals(26, style.fontSize());
    assertEquals("Z+jets", style.label("DYJetsToLL"));
    assertEquals("TTTo2L2Nu", style.label("TTTo2L2Nu"));
    assertEquals(new Color(0, 0, 255), style.colors().get("TTTo2L2Nu"));
    assertEquals(102, style.band().getAlpha());

    SampleHistogram dy = new SampleHistogram("DYJetsToLL", EDGES, new double[] {10, 20}, new double[] {10, 20});
    SampleHistogram data = new SampleHistogram("Data", EDGES, new double[] {11, 19}, new double[] {11, 19});
    JFreeChart chart = StackPlot.chart(new PlotRequest("x", "x", List.of(dy), data,
        SystematicBand.of(new double[] {10, 20}, List.of()), "CMS", "13 TeV", false, style));
    XYPlot main = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
    assertEquals("Z+jets", main.getDataset(0).getSeriesKey(0));
    assertEquals(new Color(255, 0, 0), main.getRenderer(0).getSeriesPaint(0));
    assertEquals("Observed", main.getDataset(1).getSeriesKey(0));
    assertEquals(Color.RED, main.getRenderer(1).getSeriesPaint(0));
  }

  @Test
  void withoutPlottingStyleTheDefaultsAndBadColoursNameTheirLine() {
    assertSame(PlotStyle.DEFAULT, PlotStyle.of(yaml("lumi: {}\n")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlotStyle.of(yaml("""
        plotting_style:
          colors_mc: {DYJetsToLL: teal-ish}
        """)));
    assertTrue(e.getMessage().contains("style.yaml:2") && e.getMessage().contains("not a colour"), e.getMessage());
  }
}
