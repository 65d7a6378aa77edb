package org.cortado.runtime.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cortado.runtime.exec.DatasetResult;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * Combines the output folders of several runs of one analysis, as runs split by dataset or by
 * files produce them, with the typed merge of a run: per dataset, the raw outputs of the inputs
 * ({@code raw_results.bin}) are added in argument order and normalised once, from the merged
 * generator-weight sum, exactly as a run normalises. A dataset held by one input comes out bit for
 * bit as that input has it, so runs split by dataset merge into the whole run's files; a dataset
 * split over several inputs agrees with a single run to the rounding of adding its items in
 * another grouping. The column parts of such a dataset follow each other in argument order.
 */
public final class OutputMerger {
  private OutputMerger() {}

  /** Merges {@code inputs} (complete output folders) into {@code output}. */
  public static void merge(List<Path> inputs, Path output) throws IOException {
    KernelLayout layout = null;
    Map<String, List<DatasetResult>> byName = new LinkedHashMap<>();
    for (Path in : inputs) {
      if (!Files.isRegularFile(in.resolve(OutputWriter.METADATA))) {
        throw new IOException(in + " is not a complete output folder (it has no "
            + OutputWriter.METADATA + "; did that run fail?)");
      }
      Path raw = in.resolve(OutputWriter.RAW);
      if (!Files.isRegularFile(raw)) {
        throw new IOException(in + " has no " + OutputWriter.RAW + ", the raw results merging"
            + " adds (an earlier Cortado wrote it); re-run it with this version");
      }
      RawResults r = RawResults.read(raw);
      if (layout != null && !layout.equals(r.layout())) {
        throw new IOException(in + " holds analysis '" + r.layout().analysis() + "'"
            + (layout.analysis().equals(r.layout().analysis()) ? " with other outputs" : "")
            + ", not that of " + inputs.get(0) + " ('" + layout.analysis() + "'); only runs of"
            + " one analysis merge");
      }
      layout = r.layout();
      for (DatasetResult d : r.datasets()) {
        byName.computeIfAbsent(d.dataset().name(), k -> new ArrayList<>()).add(d);
      }
    }
    List<DatasetResult> merged = new ArrayList<>();
    for (List<DatasetResult> parts : byName.values()) {
      merged.add(merge(layout, parts));
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    List<String> from = new ArrayList<>();
    inputs.forEach(p -> from.add(p.toString()));
    meta.put("merged_from", from);
    List<JsonNode> failures = new ArrayList<>();
    long events = 0;
    for (Path in : inputs) {
      JsonNode run = Json.read(in.resolve(OutputWriter.METADATA));
      events += run.path("events").asLong();
      run.path("failures").forEach(failures::add);
    }
    meta.put("events", events);
    meta.put("failures", failures);
    KernelLayout finalLayout = layout;
    try (OutputFolder folder = OutputFolder.open(output)) {
      OutputWriter.writeResults(folder, finalLayout, merged);
      mergeColumns(inputs, folder);
      copyFirst(inputs, folder, OutputWriter.CONFIG);
      copyFirst(inputs, folder, OutputWriter.PARAMETERS);
      folder.write(Path.of(OutputWriter.METADATA), file -> Json.write(file, meta));
      folder.commit();
    }
  }

  /** One dataset's results from several inputs, added in input order and normalised once. */
  private static DatasetResult merge(KernelLayout layout, List<DatasetResult> parts)
      throws IOException {
    DatasetResult first = parts.get(0);
    KernelOutputs sum = KernelOutputs.create(layout, first.dataset().isMC());
    for (DatasetResult d : parts) {
      if (d.dataset().isMC() && d.normalised() != first.normalised()) {
        throw new IOException("dataset '" + d.dataset().name() + "' was normalised by its"
            + " generator-weight sum in some inputs and not in others; merge runs of the same"
            + " analysis");
      }
      sum.add(d.outputs());
    }
    return DatasetResult.of(first.dataset(), sum, first.lumi(), first.normalised());
  }

  /**
   * Copies the column parts of every input into the columns folder of {@code output}, per
   * {@code <dataset>/<category>} folder renumbered in input order, so that a dataset split over
   * several runs reads in order.
   */
  private static void mergeColumns(List<Path> inputs, OutputFolder output) throws IOException {
    Map<Path, List<Path>> byFolder = new LinkedHashMap<>();
    for (Path in : inputs) {
      Path dir = in.resolve(OutputWriter.COLUMNS);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).sorted().toList()) {
          byFolder.computeIfAbsent(dir.relativize(f.getParent()), k -> new ArrayList<>()).add(f);
        }
      }
    }
    for (Map.Entry<Path, List<Path>> e : byFolder.entrySet()) {
      List<Path> sources = e.getValue();
      for (int i = 0; i < sources.size(); i++) {
        Path source = sources.get(i);
        output.write(Path.of(OutputWriter.COLUMNS).resolve(e.getKey()).resolve(OutputWriter.partFile(i)),
            file -> Files.copy(source, file));
      }
    }
  }

  private static void copyFirst(List<Path> inputs, OutputFolder output, String name) throws IOException {
    Path source = inputs.get(0).resolve(name);
    if (Files.isRegularFile(source)) {
      output.write(Path.of(name), file -> Files.copy(source, file));
    }
  }
}
