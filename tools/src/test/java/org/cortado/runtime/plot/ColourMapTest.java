package org.cortado.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;

/** A colour map draws each non-empty bin at its own edges, darkest at the bottom of the scale. */
class ColourMapTest {
  private static final SampleHistogram2D H = new SampleHistogram2D("DY", "x", new double[] {0, 1, 3},
      "y", new double[] {0, 10, 20, 50}, new double[][] {{0, 1, 10}, {100, 0, 1000}});

  @Test
  void everyNonEmptyBinIsOneRectangle() {
    XYPlot plot = ColourMap.chart(H, "CMS", "13 TeV", false).getXYPlot();
    List<?> bins = plot.getAnnotations().stream()
        .filter(a -> a instanceof XYShapeAnnotation).toList();
    assertEquals(4, bins.size(), "the two empty bins are not drawn");
    Color top = new Color(0xfde725);
    assertTrue(bins.contains(new XYShapeAnnotation(new Rectangle2D.Double(1, 20, 2, 30),
        new BasicStroke(0.5f), top, top)), "the fullest bin spans x [1, 3) and y [20, 50)");
  }

  @Test
  void theScaleIsLinearFromZeroOrLogarithmicOverTheContents() {
    JFreeChart linear = ColourMap.chart(H, "CMS", "13 TeV", false);
    PaintScaleLegend bar = (PaintScaleLegend) linear.getSubtitle(1);
    assertEquals(0, bar.getScale().getLowerBound());
    assertEquals(1000, bar.getScale().getUpperBound());
    assertEquals(new Color(0x440154), bar.getScale().getPaint(0));
    assertEquals(new Color(0xfde725), bar.getScale().getPaint(1000));
    PaintScaleLegend log = (PaintScaleLegend) ColourMap.chart(H, "CMS", "13 TeV", true)
        .getSubtitle(1);
    assertEquals(0, log.getScale().getLowerBound(), 1e-12, "log10 of the smallest content, 1");
    assertEquals(3, log.getScale().getUpperBound(), 1e-12);
    assertEquals(new Color(0x21918c), log.getScale().getPaint(1.5), "halfway: the middle anchor");
  }
}
