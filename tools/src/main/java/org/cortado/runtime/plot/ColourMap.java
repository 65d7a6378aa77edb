package org.cortado.runtime.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Draws one sample's 2D histogram as a colour map: each bin a rectangle at its own edges
 * (variable-width bins are exact), coloured on a viridis-like scale shown beside the plot; bins
 * with no positive content stay white. On request the scale is logarithmic, over six decades at
 * most.
 */
public final class ColourMap {
  /** Viridis at five points, from low to high. */
  private static final Color[] ANCHORS = {new Color(0x440154), new Color(0x3b528b),
      new Color(0x21918c), new Color(0x5ec962), new Color(0xfde725)};

  private ColourMap() {}

  public static JFreeChart chart(SampleHistogram2D h, String experimentLabel, String lumiLabel,
      boolean logZ) {
    double low = Double.MAX_VALUE;
    double high = 0;
    for (double[] row : h.sumw()) {
      for (double w : row) {
        if (w > 0) {
          low = Math.min(low, w);
          high = Math.max(high, w);
        }
      }
    }
    if (high == 0) {
      low = 0.1;
      high = 1;
    } else if (!logZ) {
      low = 0;
    } else {
      // Six decades at most below the highest bin, as the eye cannot tell more apart.
      low = Math.max(low, high * 1e-6);
      low = low == high ? high / 10 : low;
    }
    // A logarithmic scale is linear in log10 of the content, and its bar is labelled so: the bar
    // draws its colours at evenly spaced values.
    Scale scale = logZ ? new Scale(Math.log10(low), Math.log10(high)) : new Scale(low, high);
    NumberAxis x = new NumberAxis(PlainLabels.of(h.xLabel()));
    NumberAxis y = new NumberAxis(PlainLabels.of(h.yLabel()));
    for (NumberAxis axis : new NumberAxis[] {x, y}) {
      double[] edges = axis == x ? h.xEdges() : h.yEdges();
      axis.setRange(edges[0], edges[edges.length - 1]);
      axis.setTickUnit(new NumberTickUnit(
          StackPlot.niceStep((edges[edges.length - 1] - edges[0]) / 8)));
    }
    XYPlot plot = new XYPlot(null, x, y, new XYBarRenderer());
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    for (int i = 0; i < h.sumw().length; i++) {
      for (int j = 0; j < h.sumw()[i].length; j++) {
        double w = h.sumw()[i][j];
        if (w > 0) {
          Rectangle2D bin = new Rectangle2D.Double(h.xEdges()[i], h.yEdges()[j],
              h.xEdges()[i + 1] - h.xEdges()[i], h.yEdges()[j + 1] - h.yEdges()[j]);
          Paint colour = scale.getPaint(logZ ? Math.log10(w) : w);
          plot.addAnnotation(new XYShapeAnnotation(bin, new BasicStroke(0.5f),
              colour, colour));
        }
      }
    }
    TextTitle experiment = new TextTitle(experimentLabel + " \u2014 " + h.sample(),
        new Font("SansSerif", Font.BOLD, 16));
    experiment.setBackgroundPaint(new Color(255, 255, 255, 200));
    plot.addAnnotation(new XYTitleAnnotation(0.01, 0.99, experiment, RectangleAnchor.TOP_LEFT));
    JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 17), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    TextTitle lumi = new TextTitle(lumiLabel, new Font("SansSerif", Font.PLAIN, 17));
    lumi.setHorizontalAlignment(HorizontalAlignment.RIGHT);
    chart.addSubtitle(lumi);
    NumberAxis zAxis = new NumberAxis(logZ ? "log\u2081\u2080(Events)" : "Events");
    zAxis.setRange(scale.low(), scale.high());
    PaintScaleLegend bar = new PaintScaleLegend(scale, zAxis);
    bar.setPosition(RectangleEdge.RIGHT);
    bar.setMargin(new RectangleInsets(8, 8, 8, 8));
    bar.setStripWidth(16);
    bar.setSubdivisionCount(128);
    chart.addSubtitle(bar);
    return chart;
  }

  /** Linear interpolation between the viridis anchors. */
  private record Scale(double low, double high) implements PaintScale {
    @Override
    public double getLowerBound() {
      return low;
    }

    @Override
    public double getUpperBound() {
      return high;
    }

    @Override
    public Paint getPaint(double value) {
      double f = (value - low) / (high - low);
      f = Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f)) * (ANCHORS.length - 1);
      int k = Math.min((int) f, ANCHORS.length - 2);
      double t = f - k;
      Color a = ANCHORS[k];
      Color b = ANCHORS[k + 1];
      return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
          (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
          (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
  }
}
