package org.cortado.runtime.datacard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.cortado.runtime.datacard.DatacardConfig.ProcessSpec;
import org.cortado.runtime.datacard.DatacardConfig.SystematicSpec;
import org.cortado.runtime.plot.HistogramFile;
import org.cortado.runtime.plot.SampleHistogram;

/**
 * Resolves a {@link DatacardConfig} against a run's histograms and datasets into one
 * {@link Datacard} per category. What the configuration leaves out comes from the run: every
 * simulated sample is a process, every collision-data sample goes into {@code data_obs}, and every
 * {@code <name>Up}/{@code <name>Down} pair of variations is a shape nuisance on the processes
 * that have it. Everything named is checked before any card is made, and an error names the
 * configuration line and what the run has instead.
 */
final class DatacardBuilder {
  private static final String NOMINAL = "nominal";

  private final HistogramFile file;
  private final RunDatasets run;
  private final DatacardConfig config;
  private final Consumer<String> warnings;
  private final String histogram;
  private final Map<String, Boolean> sampleIsMc = new LinkedHashMap<>();

  private DatacardBuilder(HistogramFile file, RunDatasets run, DatacardConfig config,
      Consumer<String> warnings) throws IOException {
    this.file = file;
    this.run = run;
    this.config = config;
    this.warnings = warnings;
    this.histogram = config.histogram();
    if (histogram == null) {
      throw new IllegalArgumentException("name the histogram to fit with --histogram or 'histogram:'; "
          + file.path() + " has " + file.variables());
    }
    if (!file.variables().contains(histogram)) {
      throw new IllegalArgumentException("no histogram '" + histogram + "' in " + file.path() + "; it has "
          + file.variables());
    }
    if (file.twoDimensional(histogram)) {
      throw new IllegalArgumentException("histogram '" + histogram + "' is two-dimensional; a card fits one axis");
    }
    for (String sample : file.samples(histogram)) {
      for (String dataset : file.datasetNames(histogram, sample)) {
        RunDatasets.Info info = run.byName().get(dataset);
        if (info == null) {
          throw new IllegalArgumentException("dataset '" + dataset + "' of sample '" + sample
              + "' is in histograms.json but not in cutflow.json: are they from the same run?");
        }
        Boolean before = sampleIsMc.put(sample, info.mc());
        if (before != null && before != info.mc()) {
          throw new IllegalArgumentException("sample '" + sample + "' mixes simulated and collision-data datasets");
        }
      }
    }
  }

  /**
   * The cards of {@code config} for the run of {@code file}; {@code signals} marks processes as
   * signal besides those the configuration marks.
   *
   * @throws IllegalArgumentException naming what the configuration asks for that the run lacks
   */
  static List<Datacard> build(HistogramFile file, RunDatasets run, DatacardConfig config,
      List<String> signals, Consumer<String> warnings) throws IOException {
    return new DatacardBuilder(file, run, config, warnings).cards(signals);
  }

  private List<Datacard> cards(List<String> signals) throws IOException {
    List<String> years = years();
    List<String> categories = categories();
    List<String> data = dataSamples();
    List<ProcessSpec> processes = processes(signals);
    boolean fromRun = config.systematics() == null;
    List<SystematicSpec> systematics = fromRun ? runSystematics() : config.systematics();
    checkSystematics(systematics, processes);
    String suffix = config.binSuffix() != null ? config.binSuffix() : String.join("_", years);
    List<Datacard> cards = new ArrayList<>();
    for (String category : categories) {
      String bin = (config.binPrefix() != null ? config.binPrefix() + "_" : "") + category
          + (suffix.isEmpty() ? "" : "_" + suffix);
      List<Datacard.Column> columns = columns(processes, years, category, systematics, fromRun);
      if (columns.stream().noneMatch(Datacard.Column::signal)) {
        throw new IllegalArgumentException("no signal process: combine needs one; name it with --signal "
            + "or 'signal: true' under 'processes' (processes: " + names(processes) + ")");
      }
      cards.add(new Datacard(bin, file.label(histogram), columns,
          data.isEmpty() ? null : sum(data, category, NOMINAL, d -> years.contains(d.year())),
          nuisances(systematics, columns), config.mcStats()));
    }
    return cards;
  }

  private List<String> years() {
    Set<String> inRun = new TreeSet<>();
    for (String sample : sampleIsMc.keySet()) {
      run.byName().values().stream().filter(d -> d.sample().equals(sample)).forEach(d -> inRun.add(d.year()));
    }
    if (config.years().isEmpty()) {
      return List.copyOf(inRun);
    }
    for (String year : config.years()) {
      if (!inRun.contains(year)) {
        throw new IllegalArgumentException("no datasets of year '" + year + "' in the run; it has " + inRun);
      }
    }
    return config.years();
  }

  private List<String> categories() throws IOException {
    List<String> all = file.categories(histogram);
    if (config.categories().isEmpty()) {
      return all;
    }
    for (String category : config.categories()) {
      if (!all.contains(category)) {
        throw new IllegalArgumentException("histogram '" + histogram + "' has no category '" + category
            + "'; it has " + all);
      }
    }
    return config.categories();
  }

  private List<String> dataSamples() {
    if (config.data() == null) {
      return samples(false);
    }
    for (String sample : config.data()) {
      if (!Boolean.FALSE.equals(sampleIsMc.get(sample))) {
        throw new IllegalArgumentException("'data' names '" + sample + "', which is not a collision-data sample of '"
            + histogram + "'; those are " + samples(false));
      }
    }
    return config.data();
  }

  /** The run's simulated samples, or its collision-data ones, in the histogram's order. */
  private List<String> samples(boolean mc) {
    return sampleIsMc.entrySet().stream().filter(e -> e.getValue() == mc).map(Map.Entry::getKey).toList();
  }

  private List<ProcessSpec> processes(List<String> signals) {
    List<ProcessSpec> out = new ArrayList<>();
    if (config.processes().isEmpty()) {
      sampleIsMc.forEach((sample, mc) -> {
        if (mc) {
          out.add(new ProcessSpec(sample, List.of(sample), signals.contains(sample), false, List.of(),
              "the run's sample " + sample));
        }
      });
    } else {
      for (ProcessSpec p : config.processes()) {
        for (String sample : p.samples()) {
          if (!Boolean.TRUE.equals(sampleIsMc.get(sample))) {
            throw new IllegalArgumentException(p.where() + ": process '" + p.name() + "' names '" + sample
                + "', which is not a simulated sample of '" + histogram + "'; those are "
                + samples(true));
          }
        }
        out.add(new ProcessSpec(p.name(), p.samples(), p.signal() || signals.contains(p.name()),
            p.rateParam(), p.years(), p.where()));
      }
    }
    for (String signal : signals) {
      if (out.stream().noneMatch(p -> p.name().equals(signal))) {
        throw new IllegalArgumentException("--signal names '" + signal + "', which is not a process; the processes are "
            + names(out));
      }
    }
    return out;
  }

  /** Every variation pair of the histogram, as a shape on every process that has it. */
  private List<SystematicSpec> runSystematics() throws IOException {
    List<String> variations = file.variations(histogram);
    List<SystematicSpec> out = new ArrayList<>();
    for (String v : variations) {
      if (v.endsWith("Up") && variations.contains(v.substring(0, v.length() - 2) + "Down")) {
        String name = v.substring(0, v.length() - 2);
        out.add(new SystematicSpec(name, "shape", name, Map.of("*", "1.0"), List.of(), "the run's variations"));
      }
    }
    return out;
  }

  private void checkSystematics(List<SystematicSpec> systematics, List<ProcessSpec> processes) throws IOException {
    Set<String> names = new LinkedHashSet<>(names(processes));
    List<String> variations = file.variations(histogram);
    for (SystematicSpec s : systematics) {
      for (String process : s.values().keySet()) {
        if (!process.equals("*") && !names.contains(process)) {
          throw new IllegalArgumentException(s.where() + ": systematic '" + s.name() + "' names process '"
              + process + "'; the processes are " + names);
        }
      }
      if (s.type().equals("shape")
          && !(variations.contains(s.variation() + "Up") && variations.contains(s.variation() + "Down"))) {
        throw new IllegalArgumentException(s.where() + ": shape systematic '" + s.name() + "' reads variations '"
            + s.variation() + "Up/Down', which histogram '" + histogram + "' lacks; it has " + variations);
      }
    }
  }

  private List<Datacard.Column> columns(List<ProcessSpec> processes, List<String> years, String category,
      List<SystematicSpec> systematics, boolean onlyWhereAvailable) throws IOException {
    List<Datacard.Column> columns = new ArrayList<>();
    int signalId = 0;
    int backgroundId = 1;
    for (ProcessSpec p : processes) {
      for (String year : processYears(p, years)) {
        Predicate<RunDatasets.Info> inYear = d -> d.year().equals(year);
        Map<String, SampleHistogram> shifted = new LinkedHashMap<>();
        SampleHistogram nominal = sum(p.samples(), category, NOMINAL, inYear);
        String column = p.name() + "_" + year;
        for (SystematicSpec s : systematics) {
          if (!s.type().equals("shape") || !applies(s, p.name(), year)) {
            continue;
          }
          boolean available = available(p, category, s.variation());
          if (!available && onlyWhereAvailable) {
            continue;
          }
          if (!available) {
            warnings.accept(column + " in " + category + " has no variation " + s.variation()
                + "Up/Down: its nominal shape stands for them, as in PocketCoffea");
          }
          for (String shift : List.of("Up", "Down")) {
            SampleHistogram h = sum(p.samples(), category, s.variation() + shift, inYear);
            checkShift(column, category, s.name() + shift, nominal, h);
            warnNegative(column + "_" + s.name() + shift, category, h);
            shifted.put(s.name() + shift, h);
          }
        }
        warnNegative(column + "_nominal", category, nominal);
        int id = p.signal() ? signalId-- : backgroundId++;
        columns.add(new Datacard.Column(p.name(), year, id, p.rateParam(), nominal, shifted));
      }
    }
    return columns;
  }

  private void warnNegative(String shape, String category, SampleHistogram h) {
    int n = Datacard.negativeBins(h);
    if (n > 0) {
      warnings.accept(shape + " in " + category + " has " + n + " negative bin(s): set to zero, as combine needs");
    }
  }

  private List<String> processYears(ProcessSpec p, List<String> years) {
    List<String> out = new ArrayList<>();
    for (String year : p.years().isEmpty() ? years : p.years()) {
      boolean has = run.byName().values().stream()
          .anyMatch(d -> d.year().equals(year) && p.samples().contains(d.sample()));
      if (!p.years().isEmpty() && !years.contains(year)) {
        throw new IllegalArgumentException(p.where() + ": process '" + p.name() + "' lists year '" + year
            + "', which the cards do not cover (" + years + ")");
      }
      if (has) {
        out.add(year);
      } else if (!p.years().isEmpty()) {
        throw new IllegalArgumentException(p.where() + ": process '" + p.name() + "' has no dataset of year '"
            + year + "' in the run");
      }
    }
    if (out.isEmpty()) {
      warnings.accept("process '" + p.name() + "' has no dataset in years " + years + ": left out of the cards");
    }
    return out;
  }

  private static boolean applies(SystematicSpec s, String process, String year) {
    return (s.values().containsKey(process) || s.values().containsKey("*"))
        && (s.years().isEmpty() || s.years().contains(year));
  }

  private boolean available(ProcessSpec p, String category, String variation) throws IOException {
    for (String sample : p.samples()) {
      if (file.hasVariation(histogram, sample, category, variation + "Up")
          && file.hasVariation(histogram, sample, category, variation + "Down")) {
        return true;
      }
    }
    return false;
  }

  /** PocketCoffea's sanity check: a shift more than 100 % above the nominal in some bin. */
  private void checkShift(String column, String category, String shift, SampleHistogram nominal,
      SampleHistogram varied) {
    double[] n = nominal.sumw();
    double[] v = varied.sumw();
    for (int i = 0; i < n.length; i++) {
      if (n[i] != 0 && (v[i] - n[i]) / n[i] > 1) {
        warnings.accept(column + " in " + category + ": " + shift + " is more than 100 % above the nominal in bin "
            + (i + 1));
        return;
      }
    }
  }

  /** The samples' histograms summed over their datasets that {@code accepted} takes, rebinned. */
  private SampleHistogram sum(List<String> samples, String category, String variation,
      Predicate<RunDatasets.Info> accepted) throws IOException {
    SampleHistogram total = null;
    for (String sample : samples) {
      SampleHistogram h = file.sample(histogram, sample, category, variation,
          d -> accepted.test(run.byName().get(d)));
      total = total == null ? h : total.plus(h);
    }
    return config.rebin() == null ? total : config.rebin().apply(total, histogram);
  }

  private static List<Datacard.Nuisance> nuisances(List<SystematicSpec> systematics, List<Datacard.Column> columns) {
    List<Datacard.Nuisance> out = new ArrayList<>();
    for (SystematicSpec s : systematics) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Datacard.Column c : columns) {
        boolean shape = s.type().equals("shape");
        if (applies(s, c.process(), c.year()) && (!shape || c.shifted().containsKey(s.name() + "Up"))) {
          values.put(c.name(), s.values().getOrDefault(c.process(), s.values().get("*")));
        }
      }
      out.add(new Datacard.Nuisance(s.name(), s.type(), values));
    }
    return out;
  }

  private static List<String> names(List<ProcessSpec> processes) {
    return processes.stream().map(ProcessSpec::name).toList();
  }
}
