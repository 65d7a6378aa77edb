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
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.block.LabelBlock;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.VerticalAlignment;
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
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link PlotRequest}: the simulated samples as a stack of filled bins (each drawn from the
 * top of the one below, so variable-width bins are exact), the data as points with sqrt(sum w^2)
 * error bars, the simulation's uncertainty band (statistical, and systematic from its up/down
 * variations, {@link SystematicBand}) around the stack, and below them data / simulation with
 * the same band.
 */
public final class StackPlot {
  /** Sample colours in CMS's recommended palette order. */
  private static final Color[] PALETTE = {
    new Color(0x3f90da), new Color(0xffa90e), new Color(0xbd1f01), new Color(0x94a4a2), new Color(0x832db6),
    new Color(0xa96b59), new Color(0xe76300), new Color(0xb9ac70), new Color(0x717581), new Color(0x92dadd)};
  private static final Font LABEL_FONT = new Font("SansSerif", Font.PLAIN, 17);
  private static final Font TICK_FONT = new Font("SansSerif", Font.PLAIN, 14);
  private static final String BAND_LABEL = "Stat. \u2295 syst. unc.";

  private StackPlot() {}

  public static JFreeChart chart(PlotRequest request) {
    List<SampleHistogram> mc = request.simulation();
    double[] edges = (request.data() != null ? request.data() : mc.get(0)).edges();
    int bins = edges.length - 1;
    double[] stack = new double[bins];
    double[] stackVar = new double[bins];

    XYIntervalSeriesCollection stacked = new XYIntervalSeriesCollection();
    for (SampleHistogram h : mc) {
      XYIntervalSeries series = new XYIntervalSeries(request.style().label(h.sample()));
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
      bars.setSeriesPaint(s, request.style().colors().getOrDefault(mc.get(s).sample(),
          PALETTE[s % PALETTE.length]));
    }

    String xLabel = PlainLabels.of(request.xLabel());
    String yLabel = yLabel(xLabel, edges);
    ValueAxis yAxis = request.logY() ? new LogAxis(yLabel) : new NumberAxis(yLabel);
    XYPlot main = new XYPlot(stacked, null, yAxis, bars);
    style(main);
    double max = 0;
    double minPositive = Double.MAX_VALUE;
    for (double v : stack) {
      max = Math.max(max, v);
      minPositive = v > 0 ? Math.min(minPositive, v) : minPositive;
    }
    if (request.data() != null) {
      XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
      XYIntervalSeries points = new XYIntervalSeries(request.style().dataLabel());
      for (int i = 0; i < bins; i++) {
        double w = request.data().sumw()[i];
        double err = Math.sqrt(request.data().sumw2()[i]);
        if (w > 0) {
          points.add(center(edges, i), center(edges, i), center(edges, i), w, w - err, w + err);
          minPositive = Math.min(minPositive, w);
        }
        max = Math.max(max, w + err);
      }
      data.addSeries(points);
      XYErrorRenderer errors = errorRenderer(request.style().dataColor());
      // The renderer must be set before the dataset: the axis autorange asks renderer 1 for its bounds.
      main.setRenderer(1, errors);
      main.setDataset(1, data);
    }
    double[][] band = band(request, stack, stackVar);
    boolean withSystematics = !request.systematics().isEmpty();
    if (withSystematics) {
      XYIntervalSeriesCollection uncertainty = new XYIntervalSeriesCollection();
      XYIntervalSeries total = new XYIntervalSeries(BAND_LABEL);
      for (int i = 0; i < bins; i++) {
        if (stack[i] > 0) {
          total.add(center(edges, i), edges[i], edges[i + 1], stack[i], stack[i] - band[1][i],
              stack[i] + band[0][i]);
          max = Math.max(max, stack[i] + band[0][i]);
        }
      }
      uncertainty.addSeries(total);
      main.setRenderer(2, bandRenderer(request.style().band()));
      main.setDataset(2, uncertainty);
    }
    // Data points over the stack, not hidden behind it (JFreeChart draws the last dataset first by default).
    main.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    // Headroom above the tallest bin keeps the legend, drawn inside the frame at the top right, clear of the bins.
    if (request.logY()) {
      double low = minPositive == Double.MAX_VALUE ? 0.1 : minPositive / 2;
      double high = max > 0 ? max : 1;
      ((LogAxis) yAxis).setSmallestValue(low);
      yAxis.setRange(low, high * Math.pow(high / low, 0.6));
    } else {
      double top = max > 0 ? 1.6 * max : 1;
      yAxis.setRange(0, top);
      ((NumberAxis) yAxis).setTickUnit(new NumberTickUnit(niceStep(top / 6)));
    }

    NumberAxis xAxis = new NumberAxis(xLabel);
    xAxis.setRange(edges[0], edges[bins]);
    xAxis.setTickUnit(new NumberTickUnit(niceStep((edges[bins] - edges[0]) / 8)));
    styleAxis(xAxis);
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(xAxis);
    combined.setGap(8);
    combined.add(main, 3);
    if (request.data() != null) {
      combined.add(ratioPlot(request, edges, stack, band), 1);
    }
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, combined, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    TextTitle lumi = new TextTitle(request.lumiLabel(), new Font("SansSerif", Font.PLAIN, 17));
    lumi.setHorizontalAlignment(HorizontalAlignment.RIGHT);
    chart.addSubtitle(lumi);
    main.addAnnotation(new XYTitleAnnotation(0.01, 0.99, experimentLabel(request.experimentLabel(),
        request.style().fontSize()), RectangleAnchor.TOP_LEFT));
    LegendTitle legend = new LegendTitle(() -> legendItems(main, request.data() != null, mc.size(),
        withSystematics));
    legend.setItemFont(new Font("SansSerif", Font.PLAIN, request.style().legendFontSize()));
    legend.setBackgroundPaint(null);
    legend.setFrame(BlockBorder.NONE);
    legend.setPosition(RectangleEdge.RIGHT);
    main.addAnnotation(new XYTitleAnnotation(0.98, 0.98, legend, RectangleAnchor.TOP_RIGHT));
    return chart;
  }

  /**
   * "CMS" in bold with the rest of the experiment label in italics, for the top left corner inside
   * the frame, where CMS figures put it.
   */
  private static CompositeTitle experimentLabel(String text, int size) {
    String label = text.strip();
    int space = label.indexOf(' ');
    BlockContainer line = new BlockContainer(new FlowArrangement(HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM, 6, 0));
    line.add(new LabelBlock(space < 0 ? label : label.substring(0, space), new Font("SansSerif", Font.BOLD, size)));
    if (space >= 0) {
      line.add(new LabelBlock(label.substring(space + 1), new Font("SansSerif", Font.ITALIC, size * 9 / 11)));
    }
    CompositeTitle title = new CompositeTitle(line);
    title.setPadding(new RectangleInsets(4, 6, 0, 0));
    return title;
  }

  /**
   * Data first, then the samples from the top of the stack down, as they appear in the figure, then
   * the uncertainty band.
   */
  private static LegendItemCollection legendItems(XYPlot main, boolean data, int samples,
      boolean band) {
    LegendItemCollection items = new LegendItemCollection();
    if (data) {
      items.addAll(main.getRenderer(1).getLegendItems());
    }
    LegendItemCollection stacked = main.getRenderer(0).getLegendItems();
    for (int s = samples - 1; s >= 0; s--) {
      items.add(stacked.get(s));
    }
    if (band) {
      items.addAll(main.getRenderer(2).getLegendItems());
    }
    return items;
  }

  /**
   * The stack's uncertainty per bin, upward ({@code [0]}) and downward ({@code [1]}): its
   * statistical uncertainty and the systematic band in quadrature.
   */
  private static double[][] band(PlotRequest request, double[] stack, double[] stackVar) {
    SystematicBand sys = request.systematics();
    boolean has = sys.up().length == stack.length;
    double[][] out = new double[2][stack.length];
    for (int i = 0; i < stack.length; i++) {
      double up = has ? sys.up()[i] : 0;
      double down = has ? sys.down()[i] : 0;
      out[0][i] = Math.sqrt(stackVar[i] + up * up);
      out[1][i] = Math.sqrt(stackVar[i] + down * down);
    }
    return out;
  }

  private static XYBarRenderer bandRenderer(Color colour) {
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setShadowVisible(false);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setSeriesPaint(0, colour);
    return renderer;
  }

  /** "Events / 2 GeV" for equal bins with a unit in brackets, "Events / bin" otherwise. */
  private static String yLabel(String xLabel, double[] edges) {
    double width = edges[1] - edges[0];
    for (int i = 1; i < edges.length - 1; i++) {
      if (Math.abs(edges[i + 1] - edges[i] - width) > 1e-9 * Math.abs(width)) {
        return "Events / bin";
      }
    }
    java.util.regex.Matcher unit = java.util.regex.Pattern.compile("\\[([^\\]]+)]\\s*$").matcher(xLabel);
    String w = width == Math.rint(width) ? String.valueOf((long) width) : String.valueOf(width);
    return unit.find() ? "Events / " + w + " " + unit.group(1) : "Events / " + w;
  }

  /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= raw * (1 - 1e-9)) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /** No grid, a plain frame and readable axis fonts. */
  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlinePaint(Color.BLACK);
    plot.setOutlineStroke(new BasicStroke(1.2f));
    styleAxis(plot.getRangeAxis());
  }

  private static void styleAxis(ValueAxis axis) {
    axis.setLabelFont(LABEL_FONT);
    axis.setTickLabelFont(TICK_FONT);
    axis.setTickMarkPaint(Color.BLACK);
    axis.setTickMarkInsideLength(6);
    axis.setTickMarkOutsideLength(0);
    axis.setMinorTickCount(5);
    axis.setMinorTickMarksVisible(true);
    axis.setMinorTickMarkInsideLength(3);
    axis.setMinorTickMarkOutsideLength(0);
    axis.setAxisLineVisible(false);
  }

  private static XYPlot ratioPlot(PlotRequest request, double[] edges, double[] stack,
      double[][] uncertainty) {
    int bins = stack.length;
    XYIntervalSeriesCollection band = new XYIntervalSeriesCollection();
    XYIntervalSeries mcStat = new XYIntervalSeries(request.systematics().isEmpty()
        ? "MC stat. unc." : BAND_LABEL);
    XYIntervalSeriesCollection ratio = new XYIntervalSeriesCollection();
    XYIntervalSeries points = new XYIntervalSeries("Data / MC");
    for (int i = 0; i < bins; i++) {
      if (stack[i] <= 0) {
        continue;
      }
      mcStat.add(center(edges, i), edges[i], edges[i + 1], 1, 1 - uncertainty[1][i] / stack[i],
          1 + uncertainty[0][i] / stack[i]);
      double w = request.data().sumw()[i];
      if (w > 0) {
        double err = Math.sqrt(request.data().sumw2()[i]) / stack[i];
        points.add(center(edges, i), center(edges, i), center(edges, i), w / stack[i], w / stack[i] - err,
            w / stack[i] + err);
      }
    }
    band.addSeries(mcStat);
    ratio.addSeries(points);
    NumberAxis axis = new NumberAxis("Data / MC");
    double half = ratioHalfRange(points);
    // A ratio is never negative: the axis starts at zero at the lowest.
    axis.setRange(Math.max(0, 1 - half), 1 + half);
    axis.setTickUnit(new NumberTickUnit(half / 2));
    XYPlot plot = new XYPlot(band, null, axis, bandRenderer(request.style().band()));
    style(plot);
    plot.setRenderer(1, errorRenderer(request.style().dataColor()));
    plot.setDataset(1, ratio);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    ValueMarker one = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
    plot.addRangeMarker(one);
    return plot;
  }

  /** ±0.5 around one, widened to ±1 or ±2 only when a ratio would fall outside. */
  private static double ratioHalfRange(XYIntervalSeries ratios) {
    double far = 0;
    for (int i = 0; i < ratios.getItemCount(); i++) {
      far = Math.max(far, Math.abs(ratios.getYValue(i) - 1));
    }
    return far < 0.45 ? 0.5 : far < 0.9 ? 1 : 2;
  }

  private static XYErrorRenderer errorRenderer(Color colour) {
    XYErrorRenderer errors = new XYErrorRenderer();
    errors.setDefaultLinesVisible(false);
    errors.setDefaultShapesVisible(true);
    errors.setSeriesPaint(0, colour);
    errors.setErrorPaint(colour);
    errors.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
    errors.setDrawXError(false);
    return errors;
  }

  private static double center(double[] edges, int i) {
    return 0.5 * (edges[i] + edges[i + 1]);
  }

  /** The image formats {@link #write} knows. */
  public static final List<String> FORMATS = List.of("png", "svg", "pdf");

  /**
   * Writes {@code <base>.<format>} for each of {@code formats} ({@link #FORMATS}), each through a
   * temporary file and a rename, so an image is never seen half written; at the style's size.
   */
  public static void write(JFreeChart chart, Path base, List<String> formats, PlotStyle style)
      throws IOException {
    int width = style.width();
    int height = style.height();
    Path dir = base.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    String name = base.getFileName().toString();
    for (String format : formats) {
      Path tmp = Files.createTempFile(dir, "." + name, "." + format + ".partial");
      try {
        if (format.equals("png")) {
          ChartUtils.saveChartAsPNG(tmp.toFile(), chart, width, height);
        } else if (format.equals("svg")) {
          SVGGraphics2D g = new SVGGraphics2D(width, height);
          chart.draw(g, new Rectangle(0, 0, width, height));
          Files.writeString(tmp, g.getSVGDocument());
        } else if (format.equals("pdf")) {
          PDFDocument pdf = new PDFDocument();
          Page page = pdf.createPage(new Rectangle(0, 0, width, height));
          PDFGraphics2D g = page.getGraphics2D();
          // Text as outlines: the PDF standard fonts have no ℓ, ⁻¹ or ⊕.
          g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
          chart.draw(g, new Rectangle(0, 0, width, height));
          Files.write(tmp, pdf.getPDFBytes());
        } else {
          throw new IllegalArgumentException("unknown image format '" + format + "'; known: " + FORMATS);
        }
        Files.move(tmp, dir.resolve(name + "." + format), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
