package org.cortado.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cortado.runtime.datacard.Datacards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cortado datacard OUTDIR --histogram mll --signal DY}: CMS combine cards and shapes. */
@Command(name = "datacard", mixinStandardHelpOptions = true,
    description = "Write CMS combine datacards and shape files from a run's outputs, one per category.")
final class DatacardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "OUTDIR", description = "a cortado run output folder (histograms.json and cutflow.json)")
  Path input;

  @Option(names = "--config", description = "YAML: processes, data, systematics (shape, lnN), rebinning, autoMCStats, bin names (default: all from the run)")
  Path config;

  @Option(names = "--histogram", description = "the histogram to fit (overrides the configuration's)")
  String histogram;

  @Option(names = "--category", split = ",", description = "categories (default: every category of the histogram)")
  List<String> categories;

  @Option(names = "--year", split = ",", description = "data-taking periods (default: every period of the run)")
  List<String> years;

  @Option(names = "--signal", split = ",", description = "processes that are signal (default: those the configuration marks)")
  List<String> signals = List.of();

  @Option(names = {"-o", "--output"}, description = "folder for the cards (default: OUTDIR/datacards)")
  Path output;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path folder = output != null ? output : input.resolve("datacards");
    for (Path p : Datacards.write(input, config, histogram, categories, years, signals, folder,
        w -> err.println("warning: " + w))) {
      out.println(p);
    }
    return 0;
  }
}
