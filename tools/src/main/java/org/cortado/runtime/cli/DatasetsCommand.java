package org.cortado.runtime.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetCatalog;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.dataset.DatasetScanner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cortado datasets}: builds one dataset entry from local files and URLs, with {@code nevents}
 * and, for simulation, the {@code genWeight} sum, and adds it to (or replaces it in) the output file.
 */
@Command(name = "datasets", mixinStandardHelpOptions = true,
    description = "Build a dataset entry from ROOT files (local or http(s)://) and add it to a dataset JSON.")
final class DatasetsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--glob", required = true, paramLabel = "GLOB",
      description = "input files: a shell glob such as 'dir/*.root' (quote it), or an http(s):// URL; repeatable")
  List<String> globs;

  @Option(names = "--name", required = true, description = "dataset name (the JSON key)")
  String name;

  @Option(names = "--sample", required = true, description = "sample the dataset belongs to")
  String sample;

  @Option(names = "--year", required = true, description = "data-taking period, e.g. 2018")
  String year;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Kind kind;

  static final class Kind {
    @Option(names = "--mc", required = true, description = "simulation (needs --xsec)")
    boolean mc;

    @Option(names = "--data", required = true, description = "collision data")
    boolean data;
  }

  @Option(names = "--xsec", description = "cross-section in pb (simulation)")
  Double xsec;

  @Option(names = "--era", defaultValue = "", description = "era (data)")
  String era;

  @Option(names = "--tree", defaultValue = "Events", description = "tree to read (default: ${DEFAULT-VALUE})")
  String tree;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "JSON",
      description = "dataset file to write; an existing one keeps its other datasets")
  Path output;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws Exception {
    if (kind.mc && xsec == null) {
      throw new IllegalArgumentException("--mc needs --xsec (cross-section in pb)");
    }
    DatasetMetadata meta = kind.mc ? DatasetMetadata.mc(sample, year, xsec) : DatasetMetadata.data(sample, year, era);
    List<URI> files = DatasetScanner.expandSources(globs);
    Dataset d = new DatasetScanner(tree).scanSources(name, meta, files);
    DatasetCatalog catalog = Files.exists(output) ? DatasetCatalog.read(output) : DatasetCatalog.of(List.of());
    catalog.with(d).write(output);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s: %d files, %,d events%s -> %s%n", name, files.size(),
        d.metadata().nevents().orElse(0),
        d.metadata().sumGenweights().isPresent()
            ? String.format(Locale.ROOT, ", sum of genWeight %.10g", d.metadata().sumGenweights().getAsDouble()) : "",
        output);
    return 0;
  }
}
