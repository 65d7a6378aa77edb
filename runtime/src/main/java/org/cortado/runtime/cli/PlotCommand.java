package org.cortado.runtime.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cortado.runtime.plot.HistogramFile;
import org.cortado.runtime.plot.PlotRequest;
import org.cortado.runtime.plot.SampleHistogram;
import org.cortado.runtime.plot.StackPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cortado plot OUTDIR --histogram mll}: stacked simulation against data with a ratio panel,
 * written as PNG and SVG.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
    description = "Plot a run's histograms: simulation stacked, data as points, data/MC ratio; PNG and SVG.")
final class PlotCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "OUTDIR", description = "a cortado run output folder (or its histograms.json)")
  Path input;

  @Option(names = "--histogram", split = ",", description = "histograms to plot (default: all one-dimensional ones)")
  List<String> histograms;

  @Option(names = "--category", defaultValue = "baseline", description = "category (default: ${DEFAULT-VALUE})")
  String category;

  @Option(names = "--variation", defaultValue = "nominal", description = "variation of the simulation (default: ${DEFAULT-VALUE})")
  String variation;

  @Option(names = "--data", defaultValue = "DATA*", description = "samples that are collision data, glob (default: ${DEFAULT-VALUE})")
  String dataPattern;

  @Option(names = "--lumi-label", defaultValue = "59.8 fb⁻¹ (13 TeV)", description = "top-right label (default: ${DEFAULT-VALUE})")
  String lumiLabel;

  @Option(names = "--label", defaultValue = "CMS Preliminary", description = "top-left label (default: ${DEFAULT-VALUE})")
  String experimentLabel;

  @Option(names = "--log", description = "logarithmic y axis")
  boolean log;

  @Option(names = {"-o", "--output"}, defaultValue = "plots", description = "folder for the images (default: ${DEFAULT-VALUE})")
  Path output;

  @Option(names = "--debug", description = "show stack traces on failure")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    System.setProperty("java.awt.headless", "true");
    if (!GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException("could not switch AWT to headless mode");
    }
    PrintWriter out = spec.commandLine().getOut();
    HistogramFile file = HistogramFile.open(input);
    List<String> names = histograms == null ? file.variables() : histograms;
    int written = 0;
    for (String name : names) {
      List<SampleHistogram> simulation = new ArrayList<>();
      SampleHistogram data = null;
      try {
        for (String sample : file.samples(name)) {
          SampleHistogram h = file.sample(name, sample, category, variation);
          if (Globs.matches(dataPattern, sample)) {
            data = data == null ? h : sum(data, h);
          } else {
            simulation.add(h);
          }
        }
      } catch (java.io.IOException e) {
        if (histograms != null) {
          throw e;
        }
        continue; // with no explicit list, skip histograms that are not one-dimensional
      }
      if (simulation.isEmpty() && data == null) {
        continue;
      }
      // Smallest contribution at the bottom of the stack, as CMS figures draw them.
      simulation.sort((a, b) -> Double.compare(a.total(), b.total()));
      PlotRequest request = new PlotRequest(name, file.label(name), simulation, data, experimentLabel, lumiLabel, log);
      if (simulation.isEmpty()) {
        request = new PlotRequest(name, file.label(name), List.of(zero(data)), data, experimentLabel, lumiLabel, log);
      }
      Path base = output.resolve(name + "_" + category + (variation.equals("nominal") ? "" : "_" + variation));
      StackPlot.write(StackPlot.chart(request), base);
      out.printf(Locale.ROOT, "%s.png, %s.svg%n", base, base);
      written++;
    }
    if (written == 0) {
      throw new IllegalArgumentException("nothing to plot in " + input + " for category '" + category + "'");
    }
    return 0;
  }

  private static SampleHistogram sum(SampleHistogram a, SampleHistogram b) {
    double[] w = a.sumw().clone();
    double[] w2 = a.sumw2().clone();
    for (int i = 0; i < w.length; i++) {
      w[i] += b.sumw()[i];
      w2[i] += b.sumw2()[i];
    }
    return new SampleHistogram(a.sample(), a.edges(), w, w2);
  }

  private static SampleHistogram zero(SampleHistogram like) {
    return new SampleHistogram("no simulation", like.edges(), new double[like.sumw().length], new double[like.sumw().length]);
  }
}
