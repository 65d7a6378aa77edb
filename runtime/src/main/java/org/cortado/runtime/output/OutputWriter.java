package org.cortado.runtime.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cortado.params.Params;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.exec.ColumnSink;
import org.cortado.runtime.exec.DatasetResult;
import org.cortado.runtime.exec.Failure;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.kernel.ColumnBuffer;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * Writes a run's output folder (see the package documentation for its files), whole or not at
 * all ({@link OutputFolder}); {@code run.json} comes last. Everything but {@code run.json} is a pure function of the results: the same results
 * give byte-identical files.
 */
public final class OutputWriter {
  public static final String HISTOGRAMS = "histograms.json";
  public static final String HISTOGRAMS_ROOT = "histograms.root";
  public static final String CUTFLOW = "cutflow.json";
  public static final String CONFIG = "config.json";
  public static final String PARAMETERS = "parameters_dump.yaml";
  public static final String METADATA = "run.json";
  public static final String COLUMNS = "columns";
  /** The typed, unscaled results {@code cortado merge} reads ({@link RawResults}). */
  public static final String RAW = "raw_results.bin";

  /** How skipped entries enter the normalisation, stated in {@code run.json}. */
  static final String NORMALISATION = "simulation is normalised by the sum of genWeight over the"
      + " events processed: the entries of failed files and items count neither as events nor in"
      + " the sum (entries_lost; null when a file could not be opened at all); a skim normalised by"
      + " the sum_genweights of its metadata stops the run if it loses entries";

  private OutputWriter() {}

  /**
   * Writes everything into {@code dir}, columns from the result's outputs; {@code params} may be
   * null (no parameters dump).
   */
  public static void write(Path dir, RunResult result, Params params, RunInfo info) throws IOException {
    try (OutputFolder folder = OutputFolder.open(dir)) {
      ColumnSink columns = folder.columns();
      for (DatasetResult d : result.datasets()) {
        columns.accept(d.dataset(), 0, d.outputs());
      }
      write(folder, result, params, info);
    }
  }

  /**
   * Writes everything into {@code folder}, with the columns it received during the run (the
   * result's outputs then hold none), and puts it in place.
   */
  public static void write(OutputFolder folder, RunResult result, Params params, RunInfo info)
      throws IOException {
    writeResults(folder, result.layout(), result.datasets());
    if (!result.layout().columns().isEmpty()) {
      folder.createFolder(Path.of(COLUMNS));
    }
    folder.write(Path.of(CONFIG), file -> Json.write(file, ConfigJson.of(result, info)));
    if (params != null) {
      folder.write(Path.of(PARAMETERS), file -> Files.writeString(file, params.toYaml()));
    }
    folder.write(Path.of(METADATA), file -> Json.write(file, metadata(result, info)));
    folder.commit();
  }

  /** Where column parts are written: a file by its path relative to the output folder. */
  @FunctionalInterface
  interface PartTarget {
    void write(Path relative, AtomicFiles.Writer writer) throws IOException;
  }

  /**
   * Writes part {@code part} of {@code dataset}'s columns under {@code dir}, as it would go into an
   * output folder; a {@link org.cortado.runtime.exec.PartsWriter}.
   */
  static List<String> writeColumnParts(Path dir, Dataset dataset, int part, KernelOutputs out)
      throws IOException {
    return writeColumns((relative, writer) -> {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      writer.writeTo(file);
    }, dataset, out, part);
  }

  /**
   * Writes the files made from the datasets' results, normalised once, here: the histograms, the
   * cut flow and the raw results they came from.
   */
  static void writeResults(OutputFolder folder, KernelLayout layout, List<DatasetResult> datasets)
      throws IOException {
    RunResult result = new RunResult(layout, datasets, List.of(), 0, 0, 1, Duration.ZERO);
    Map<String, Object> histograms = HistogramsJson.of(result);
    folder.write(Path.of(HISTOGRAMS), file -> Json.write(file, histograms));
    folder.write(Path.of(HISTOGRAMS_ROOT), file -> HistogramsRoot.write(file, histograms));
    folder.write(Path.of(CUTFLOW), file -> Json.write(file, CutflowJson.of(result)));
    folder.write(Path.of(RAW), file -> RawResults.write(file, layout, datasets));
  }

  /**
   * Writes one part of a dataset's columns into {@code columns/<dataset>/}:
   * {@code <category>/part-NNNNN.parquet} (one row per event) and
   * {@code <category>.<collection>/part-NNNNN.parquet} per flattened collection (one row per
   * object). A category without rows gives no part.
   *
   * @return the parts written, relative to the output folder
   */
  static List<String> writeColumns(PartTarget target, Dataset dataset, KernelOutputs out, int part)
      throws IOException {
    Path datasetDir = Path.of(COLUMNS, fileName(dataset.name()));
    List<String> written = new ArrayList<>();
    String partFile = partFile(part);
    KernelLayout layout = out.layout();
    for (int c = 0; c < layout.categories().size(); c++) {
      List<ParquetColumns.Column> perEvent = new ArrayList<>();
      Map<String, List<ParquetColumns.Column>> perObject = new LinkedHashMap<>();
      for (int k = 0; k < layout.columns().size(); k++) {
        KernelLayout.ColumnSpec spec = layout.columns().get(k);
        if (out.columns(k)[c] == null || spec.shape() == KernelLayout.Shape.COUNTS) {
          continue;
        }
        ColumnBuffer values = out.columns(k)[c];
        switch (spec.shape()) {
          case LIST -> perEvent.add(new ParquetColumns.Column(spec, values,
              out.columns(spec.counts())[c]));
          case OBJECT -> perObject.computeIfAbsent(spec.collection(), x -> new ArrayList<>())
              .add(new ParquetColumns.Column(spec, values, null));
          default -> perEvent.add(new ParquetColumns.Column(spec, values, null));
        }
      }
      String category = fileName(layout.categories().get(c));
      int events = Math.toIntExact(out.categoryCounts()[c]);
      if (!perEvent.isEmpty() && events > 0) {
        Path relative = datasetDir.resolve(category).resolve(partFile);
        target.write(relative, tmp -> ParquetColumns.write(tmp, perEvent, events));
        written.add(relative.toString());
      }
      for (Map.Entry<String, List<ParquetColumns.Column>> e : perObject.entrySet()) {
        int objects = e.getValue().get(0).values().size();
        if (objects > 0) {
          Path relative = datasetDir.resolve(category + "." + fileName(e.getKey()))
              .resolve(partFile);
          target.write(relative, tmp -> ParquetColumns.write(tmp, e.getValue(), objects));
          written.add(relative.toString());
        }
      }
    }
    return written;
  }

  /** The file name of part {@code part}; names sort in part order. */
  static String partFile(int part) {
    return String.format(Locale.ROOT, "part-%05d.parquet", part);
  }

  /** A name as one path component: separators would escape the folder. */
  public static String fileName(String name) {
    return name.replace('/', '_').replace('\\', '_');
  }

  private static Map<String, Object> metadata(RunResult result, RunInfo info) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> versions = new LinkedHashMap<>();
    String own = OutputWriter.class.getPackage().getImplementationVersion();
    versions.put("cortado", own == null ? "development (classes)" : own);
    versions.put("java", System.getProperty("java.version"));
    versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    m.put("versions", versions);
    m.put("git_commit", gitCommit());
    m.put("command", info.commandLine());
    m.put("analysis", result.layout().analysis());
    m.put("class", info.analysisClass());
    m.put("started", info.started().toString());
    m.put("wall_seconds", Duration.between(info.started(), Instant.now()).toNanos() / 1e9);
    m.put("processing_seconds", result.wall().toNanos() / 1e9);
    m.put("events", result.events());
    m.put("events_per_second", Math.round(result.eventsPerSecond()));
    m.put("threads", result.threads());
    m.put("work_items", result.items());
    List<Object> failures = new ArrayList<>();
    for (Failure f : result.failures()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("dataset", f.dataset());
      fm.put("file", f.file().toString());
      fm.put("entries", f.range() == null ? "whole file" : f.range().toString());
      fm.put("entries_lost", f.range() == null ? null : f.range().size());
      fm.put("message", f.message());
      failures.add(fm);
    }
    m.put("failures", failures);
    m.put("normalisation", NORMALISATION);
    return m;
  }

  /** The commit of the git checkout we run in, if any; a read-only query with a short timeout. */
  private static String gitCommit() {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      if (!p.waitFor(2, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out.toLowerCase(Locale.ROOT) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
