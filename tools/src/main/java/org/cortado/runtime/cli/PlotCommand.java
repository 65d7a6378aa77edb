package org.cortado.runtime.cli;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.rootio.Globs;
import org.cortado.runtime.output.OutputWriter;
import org.cortado.runtime.plot.ColourMap;
import org.cortado.runtime.plot.HistogramFile;
import org.cortado.runtime.plot.LumiLabel;
import org.cortado.runtime.plot.PlotRequest;
import org.cortado.runtime.plot.PlotStyle;
import org.cortado.runtime.plot.SampleHistogram2D;
import org.cortado.runtime.plot.SampleHistogram;
import org.cortado.runtime.plot.StackPlot;
import org.cortado.runtime.plot.SystematicBand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cortado plot OUTDIR --histogram mll}: stacked simulation against data with a ratio panel,
 * written as PNG and SVG.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
    description = "Plot a run's histograms: simulation stacked, data as points, data/MC ratio; 2D ones as colour maps; PNG, SVG and PDF.")
final class PlotCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "OUTDIR", description = "a cortado run output folder (or its histograms.json)")
  Path input;

  @Option(names = "--histogram", split = ",", description = "histograms to plot (default: all; 2D ones as a colour map per sample)")
  List<String> histograms;

  @Option(names = "--category", split = ",", defaultValue = "all",
      description = "categories, or 'all' for every category of each histogram (default: ${DEFAULT-VALUE})")
  List<String> categories;

  @Option(names = "--format", split = ",", defaultValue = "png,svg", description = "image formats: png, svg, pdf (default: ${DEFAULT-VALUE})")
  List<String> formats;

  @Option(names = "--variation", defaultValue = "nominal", description = "variation of the simulation (default: ${DEFAULT-VALUE})")
  String variation;

  @Option(names = "--data", defaultValue = "DATA*", description = "samples that are collision data, glob (default: ${DEFAULT-VALUE})")
  String dataPattern;

  @Option(names = "--lumi-label", description = "top-right label (default: the luminosity of the run's periods, from its cutflow.json, and the energy)")
  String lumiLabel;

  @Option(names = "--label", defaultValue = "CMS Preliminary", description = "top-left label (default: ${DEFAULT-VALUE})")
  String experimentLabel;

  @Option(names = "--log", description = "logarithmic y axis (colour scale for 2D histograms)")
  boolean log;

  @Option(names = {"-o", "--output"}, defaultValue = "plots", description = "folder for the images (default: ${DEFAULT-VALUE})")
  Path output;

  @Option(names = "--params", split = ",", description = "YAML files whose plotting_style (figsize, fontsize, labels_mc, colors_mc, opts_data, opts_unc) overlays the run's own parameters_dump.yaml")
  List<Path> params = List.of();

  private PlotStyle style;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws Exception {
    System.setProperty("java.awt.headless", "true");
    if (!GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException("could not switch AWT to headless mode");
    }
    for (String format : formats) {
      if (!StackPlot.FORMATS.contains(format)) {
        throw new IllegalArgumentException("unknown image format '" + format + "'; choose from " + StackPlot.FORMATS);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    HistogramFile file = HistogramFile.open(input);
    style = PlotStyle.of(styleParams(file.path().toAbsolutePath().resolveSibling(OutputWriter.PARAMETERS)));
    if (lumiLabel == null) {
      lumiLabel = LumiLabel.of(file.path());
    }
    if (histograms != null) {
      for (String name : histograms) {
        if (!file.variables().contains(name)) {
          throw new IllegalArgumentException("no histogram '" + name + "' in " + input + "; it has "
              + String.join(", ", file.variables()));
        }
      }
    }
    boolean allCategories = categories.equals(List.of("all"));
    int written = 0;
    for (String name : histograms == null ? file.variables() : histograms) {
      for (String category : allCategories ? file.categories(name) : categories) {
        written += file.twoDimensional(name) ? colourMaps(file, name, category, out)
            : plot(file, name, category, out) ? 1 : 0;
      }
    }
    if (written == 0) {
      throw new IllegalArgumentException("nothing to plot in " + input + " for categories " + categories);
    }
    return 0;
  }

  /** Draws one histogram in one category; false if there is nothing to draw. */
  private boolean plot(HistogramFile file, String name, String category, PrintWriter out) throws IOException {
    List<SampleHistogram> simulation = new ArrayList<>();
    SampleHistogram data = null;
    try {
      for (String sample : file.samples(name)) {
        SampleHistogram h = file.sample(name, sample, category, variation);
        if (h.total() == 0) {
          continue; // not in this category (or empty): no legend entry, no empty data points
        }
        if (Globs.matches(dataPattern, sample)) {
          data = data == null ? h : data.plus(h);
        } else {
          simulation.add(h);
        }
      }
    } catch (IOException e) {
      if (histograms != null) {
        throw e;
      }
      return false; // with no explicit list, skip histograms that are not one-dimensional
    }
    if (simulation.isEmpty() && data == null) {
      return false;
    }
    // Smallest contribution at the bottom of the stack, as CMS figures draw them.
    simulation.sort((a, b) -> Double.compare(a.total(), b.total()));
    List<SampleHistogram> stack = simulation.isEmpty() ? List.of(zero(data)) : simulation;
    PlotRequest request = new PlotRequest(name, file.label(name), stack, data,
        systematics(file, name, category, simulation), experimentLabel, lumiLabel, log, style);
    Path base = base(name + "_" + category);
    StackPlot.write(StackPlot.chart(request), base, formats, style);
    report(base, out);
    return true;
  }

  /** Where a figure goes: {@code <stem>[_<variation>]}, before the format's extension. */
  private Path base(String stem) {
    return output.resolve(stem + (variation.equals("nominal") ? "" : "_" + variation));
  }

  /**
   * Prints the paths of a figure written in every format on one line. No method of this class takes
   * a JFreeChart type: picocli reflects over them, and the Spark jar carries no plotting library.
   */
  private void report(Path base, PrintWriter out) {
    List<String> paths = new ArrayList<>();
    formats.forEach(f -> paths.add(base + "." + f));
    out.println(String.join(", ", paths));
  }

  /** The run's parameters (when the output has them) with {@code --params} on top. */
  private Params styleParams(Path dump) {
    List<Path> files = new ArrayList<>();
    if (Files.isRegularFile(dump)) {
      files.add(dump);
    }
    files.addAll(params);
    return ParamsLoader.empty().files(files).load();
  }

  /** Draws one colour map per sample of a 2D histogram in one category; returns how many. */
  private int colourMaps(HistogramFile file, String name, String category, PrintWriter out)
      throws IOException {
    int written = 0;
    for (String sample : file.samples(name)) {
      SampleHistogram2D h = file.sample2d(name, sample, category, variation);
      if (h.total() == 0) {
        continue;
      }
      Path base = base(name + "_" + category + "_" + sample);
      StackPlot.write(ColourMap.chart(h, experimentLabel, lumiLabel, log), base, formats, style);
      report(base, out);
      written++;
    }
    return written;
  }

  /**
   * The band of every systematic the simulation has both {@code <name>Up} and {@code <name>Down}
   * for, around the nominal stack; none when another variation than the nominal is drawn.
   */
  private SystematicBand systematics(HistogramFile file, String name, String category,
      List<SampleHistogram> simulation) throws IOException {
    if (simulation.isEmpty() || !variation.equals("nominal")) {
      return SystematicBand.of(new double[0], List.of());
    }
    double[] nominal = total(simulation);
    List<String> variations = file.variations(name);
    List<SystematicBand.Shift> shifts = new ArrayList<>();
    for (String v : variations) {
      String systematic = v.endsWith("Up") ? v.substring(0, v.length() - 2) : null;
      if (systematic == null || !variations.contains(systematic + "Down")) {
        continue;
      }
      List<SampleHistogram> up = new ArrayList<>();
      List<SampleHistogram> down = new ArrayList<>();
      for (SampleHistogram h : simulation) {
        up.add(file.sample(name, h.sample(), category, v));
        down.add(file.sample(name, h.sample(), category, systematic + "Down"));
      }
      shifts.add(new SystematicBand.Shift(systematic, total(up), total(down)));
    }
    return SystematicBand.of(nominal, shifts);
  }

  private static double[] total(List<SampleHistogram> samples) {
    double[] out = new double[samples.get(0).sumw().length];
    for (SampleHistogram h : samples) {
      for (int i = 0; i < out.length; i++) {
        out[i] += h.sumw()[i];
      }
    }
    return out;
  }

  private static SampleHistogram zero(SampleHistogram like) {
    return new SampleHistogram("no simulation", like.edges(), new double[like.sumw().length], new double[like.sumw().length]);
  }
}
