package org.cortado.runtime.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link PlotRequest}: the simulated samples as a stack of filled bins (each drawn from the
 * top of the one below, so variable-width bins are exact), the data as points with sqrt(sum w^2)
 * error bars, and below them data / simulation with the simulation's statistical band.
 */
public final class StackPlot {
  /** Sample colours in CMS's recommended palette order. */
  private static final Color[] PALETTE = {
    new Color(0x3f90da), new Color(0xffa90e), new Color(0xbd1f01), new Color(0x94a4a2), new Color(0x832db6),
    new Color(0xa96b59), new Color(0xe76300), new Color(0xb9ac70), new Color(0x717581), new Color(0x92dadd)};
  private static final int WIDTH = 800;
  private static final int HEIGHT = 800;

  private StackPlot() {}

  public static JFreeChart chart(PlotRequest request) {
    List<SampleHistogram> mc = request.simulation();
    double[] edges = (request.data() != null ? request.data() : mc.get(0)).edges();
    int bins = edges.length - 1;
    double[] stack = new double[bins];
    double[] stackVar = new double[bins];

    XYIntervalSeriesCollection stacked = new XYIntervalSeriesCollection();
    for (SampleHistogram h : mc) {
      XYIntervalSeries series = new XYIntervalSeries(h.sample());
      for (int i = 0; i < bins; i++) {
        double low = stack[i];
        stack[i] += h.sumw()[i];
        stackVar[i] += h.sumw2()[i];
        series.add(center(edges, i), edges[i], edges[i + 1], stack[i], low, stack[i]);
      }
      stacked.addSeries(series);
    }
    XYBarRenderer bars = new XYBarRenderer();
    bars.setUseYInterval(true);
    bars.setShadowVisible(false);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setDrawBarOutline(false);
    for (int s = 0; s < mc.size(); s++) {
      bars.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
    }

    ValueAxis yAxis = request.logY() ? logAxis() : new NumberAxis("Events / bin");
    XYPlot main = new XYPlot(stacked, null, yAxis, bars);
    double max = 0;
    for (double v : stack) {
      max = Math.max(max, v);
    }
    if (request.data() != null) {
      XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
      XYIntervalSeries points = new XYIntervalSeries("Data");
      for (int i = 0; i < bins; i++) {
        double w = request.data().sumw()[i];
        double err = Math.sqrt(request.data().sumw2()[i]);
        if (w > 0) {
          points.add(center(edges, i), center(edges, i), center(edges, i), w, w - err, w + err);
        }
        max = Math.max(max, w + err);
      }
      data.addSeries(points);
      XYErrorRenderer errors = errorRenderer();
      // The renderer must be set before the dataset: the axis autorange asks renderer 1 for its bounds.
      main.setRenderer(1, errors);
      main.setDataset(1, data);
    }
    if (!request.logY()) {
      ((NumberAxis) yAxis).setRange(0, max > 0 ? 1.3 * max : 1);
    }

    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new NumberAxis(request.xLabel()));
    combined.getDomainAxis().setRange(edges[0], edges[bins]);
    combined.setGap(6);
    combined.add(main, 3);
    if (request.data() != null) {
      combined.add(ratioPlot(request, edges, stack, stackVar), 1);
    }
    JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 14), combined, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    TextTitle experiment = new TextTitle(request.experimentLabel(), new Font("SansSerif", Font.BOLD, 20));
    experiment.setPosition(RectangleEdge.TOP);
    experiment.setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.addSubtitle(experiment);
    TextTitle lumi = new TextTitle(request.lumiLabel(), new Font("SansSerif", Font.PLAIN, 16));
    lumi.setHorizontalAlignment(HorizontalAlignment.RIGHT);
    chart.addSubtitle(lumi);
    LegendTitle legend = new LegendTitle(main);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setItemFont(new Font("SansSerif", Font.PLAIN, 13));
    chart.addSubtitle(legend);
    return chart;
  }

  private static XYPlot ratioPlot(PlotRequest request, double[] edges, double[] stack, double[] stackVar) {
    int bins = stack.length;
    XYIntervalSeriesCollection band = new XYIntervalSeriesCollection();
    XYIntervalSeries mcStat = new XYIntervalSeries("MC stat. unc.");
    XYIntervalSeriesCollection ratio = new XYIntervalSeriesCollection();
    XYIntervalSeries points = new XYIntervalSeries("Data / MC");
    for (int i = 0; i < bins; i++) {
      if (stack[i] <= 0) {
        continue;
      }
      double rel = Math.sqrt(stackVar[i]) / stack[i];
      mcStat.add(center(edges, i), edges[i], edges[i + 1], 1, 1 - rel, 1 + rel);
      double w = request.data().sumw()[i];
      if (w > 0) {
        double err = Math.sqrt(request.data().sumw2()[i]) / stack[i];
        points.add(center(edges, i), center(edges, i), center(edges, i), w / stack[i], w / stack[i] - err,
            w / stack[i] + err);
      }
    }
    band.addSeries(mcStat);
    ratio.addSeries(points);
    XYBarRenderer bandRenderer = new XYBarRenderer();
    bandRenderer.setUseYInterval(true);
    bandRenderer.setShadowVisible(false);
    bandRenderer.setBarPainter(new StandardXYBarPainter());
    bandRenderer.setSeriesPaint(0, new Color(0, 0, 0, 60));
    NumberAxis axis = new NumberAxis("Data / MC");
    axis.setRange(0.5, 1.5);
    XYPlot plot = new XYPlot(band, null, axis, bandRenderer);
    plot.setRenderer(1, errorRenderer());
    plot.setDataset(1, ratio);
    ValueMarker one = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
    plot.addRangeMarker(one);
    return plot;
  }

  private static XYErrorRenderer errorRenderer() {
    XYErrorRenderer errors = new XYErrorRenderer();
    errors.setDefaultLinesVisible(false);
    errors.setDefaultShapesVisible(true);
    errors.setSeriesPaint(0, Color.BLACK);
    errors.setErrorPaint(Color.BLACK);
    errors.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
    errors.setDrawXError(false);
    return errors;
  }

  private static LogAxis logAxis() {
    LogAxis axis = new LogAxis("Events / bin");
    axis.setSmallestValue(0.1);
    return axis;
  }

  private static double center(double[] edges, int i) {
    return 0.5 * (edges[i] + edges[i + 1]);
  }

  /** Writes {@code <base>.png} and {@code <base>.svg}, each through a temporary file and a rename. */
  public static void write(JFreeChart chart, Path base) throws IOException {
    Path dir = base.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    String name = base.getFileName().toString();
    Path png = Files.createTempFile(dir, "." + name, ".png.partial");
    Path svg = Files.createTempFile(dir, "." + name, ".svg.partial");
    try {
      ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
      SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
      chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
      Files.writeString(svg, g.getSVGDocument());
      Files.move(png, dir.resolve(name + ".png"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Files.move(svg, dir.resolve(name + ".svg"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(png);
      Files.deleteIfExists(svg);
    }
  }
}
