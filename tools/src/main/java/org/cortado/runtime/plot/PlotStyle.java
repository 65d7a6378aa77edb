package org.cortado.runtime.plot;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cortado.params.ParamNode;
import org.cortado.params.ParamType;
import org.cortado.params.Params;

/**
 * What PocketCoffea's {@code plotting_style} parameters say about a figure, as far as Cortado
 * draws it: the figure size ({@code opts_figure.datamc_ratio.figsize}, inches at PocketCoffea's
 * 12-inch figure drawn 800 pixels wide), the experiment label's font size ({@code fontsize}), the
 * legend's ({@code fontsize_legend}), each sample's legend label and colour ({@code labels_mc},
 * {@code colors_mc}), the data's ({@code opts_data.label}, {@code opts_data.color}) and the
 * uncertainty band's colour ({@code opts_unc.total.color}). Colours are {@code "#rrggbb"},
 * {@code [r, g, b]} or {@code [r, g, b, alpha]} in 0-1, or a basic name ({@code black},
 * {@code red}, ...).
 */
public record PlotStyle(int width, int height, int fontSize, int legendFontSize,
    Map<String, String> labels, Map<String, Color> colors, String dataLabel, Color dataColor,
    Color band) {
  /** Pixels per inch of {@code figsize}. */
  private static final double PIXELS_PER_INCH = 800 / 12.0;

  /** The look without parameters: 800 by 800 pixels, a grey band. */
  public static final PlotStyle DEFAULT = new PlotStyle(800, 800, 22, 15, Map.of(), Map.of(), "Data",
      Color.BLACK, new Color(0, 0, 0, 60));

  private static final Map<String, Color> NAMED = Map.of("black", Color.BLACK, "white", Color.WHITE,
      "red", Color.RED, "blue", Color.BLUE, "green", new Color(0x008000), "orange", Color.ORANGE,
      "gray", Color.GRAY, "grey", Color.GRAY, "yellow", Color.YELLOW, "purple", new Color(0x800080));

  /** Copies the maps. */
  public PlotStyle {
    labels = Map.copyOf(labels);
    colors = Map.copyOf(colors);
  }

  /** A sample's legend label: its {@code labels_mc} entry (LaTeX as axis labels take it), else its name. */
  public String label(String sample) {
    String label = labels.get(sample);
    return label == null ? sample : PlainLabels.of(label);
  }

  /**
   * The style {@code params} give under {@code plotting_style}; what they leave out is the
   * default.
   *
   * @throws IllegalArgumentException naming the parameter and its source for a value that is not a
   *     size or a colour
   */
  public static PlotStyle of(Params params) {
    if (!params.has("plotting_style")) {
      return DEFAULT;
    }
    Params p = params.at("plotting_style");
    int width = DEFAULT.width();
    int height = DEFAULT.height();
    if (p.has("opts_figure.datamc_ratio.figsize")) {
      ParamNode size = p.node("opts_figure.datamc_ratio.figsize");
      List<Double> inches = numbers(size);
      if (inches.size() != 2 || !(inches.get(0) > 0) || !(inches.get(1) > 0) || inches.get(0) > 100
          || inches.get(1) > 100) {
        throw new IllegalArgumentException(size.source() + ": figsize must be two sizes in inches, up to 100");
      }
      width = (int) Math.round(inches.get(0) * PIXELS_PER_INCH);
      height = (int) Math.round(inches.get(1) * PIXELS_PER_INCH);
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (p.has("labels_mc")) {
      p.getMap("labels_mc").forEach((k, v) -> labels.put(k, String.valueOf(v)));
    }
    Map<String, Color> colors = new LinkedHashMap<>();
    if (p.has("colors_mc")) {
      for (String sample : p.keys("colors_mc")) {
        colors.put(sample, colour(p.node("colors_mc." + sample)));
      }
    }
    return new PlotStyle(width, height,
        p.has("fontsize") ? p.getInt("fontsize") : DEFAULT.fontSize(),
        p.has("fontsize_legend") ? p.getInt("fontsize_legend") : DEFAULT.legendFontSize(),
        labels, colors,
        p.has("opts_data.label") ? p.getString("opts_data.label") : DEFAULT.dataLabel(),
        p.has("opts_data.color") ? colour(p.node("opts_data.color")) : DEFAULT.dataColor(),
        p.has("opts_unc.total.color") ? colour(p.node("opts_unc.total.color")) : DEFAULT.band());
  }

  private static Color colour(ParamNode node) {
    if (node.type() == ParamType.STRING) {
      String s = ((String) node.value()).strip().toLowerCase(Locale.ROOT);
      if (s.matches("#[0-9a-f]{6}")) {
        return new Color(Integer.parseInt(s.substring(1), 16));
      }
      Color named = NAMED.get(s);
      if (named != null) {
        return named;
      }
    } else if (node.type() == ParamType.LIST) {
      List<Double> c = numbers(node);
      if ((c.size() == 3 || c.size() == 4) && c.stream().allMatch(v -> v >= 0 && v <= 1)) {
        return new Color(c.get(0).floatValue(), c.get(1).floatValue(), c.get(2).floatValue(),
            c.size() == 4 ? c.get(3).floatValue() : 1f);
      }
    }
    throw new IllegalArgumentException(node.source() + ": '" + node.value() + "' is not a colour; write \"#rrggbb\", "
        + "[r, g, b] or [r, g, b, alpha] in 0-1, or one of " + new java.util.TreeSet<>(NAMED.keySet()));
  }

  private static List<Double> numbers(ParamNode node) {
    if (!(node instanceof ParamNode.ListNode list)) {
      return List.of();
    }
    return list.items().stream().map(i -> ParamType.FLOAT.accepts(i.type())
        ? ((Number) i.value()).doubleValue() : Double.NaN).toList();
  }
}
