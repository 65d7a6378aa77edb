package org.cortado.runtime.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.exec.ColumnSink;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * Column parts of a run in the making: each item's columns are written, as they come, to a hidden
 * folder inside the output folder, {@code <dataset>/<category>/part-NNNNN.parquet} with the item's
 * number, and the folder becomes {@code columns/} only when the run's outputs are written. A failed
 * run leaves no columns behind (nor the output folder, if the run created it), and a rerun never
 * mixes its parts with an earlier run's.
 *
 * <pre>{@code
 * try (ColumnParts parts = ColumnParts.stage(out)) {
 *   RunResult r = new AnalysisRun(kernel, params, options, progress).withColumnSink(parts).run(datasets);
 *   OutputWriter.write(out, r, params, info, parts);
 * }
 * }</pre>
 */
public final class ColumnParts implements ColumnSink, AutoCloseable {
  private final Path staging;
  /** The output folder if this created it, to be removed again when the run fails; else null. */
  private final Path created;
  private boolean committed;

  private ColumnParts(Path staging, Path created) {
    this.staging = staging;
    this.created = created;
  }

  /** A new, empty staging folder inside {@code outputDir}, which is created if needed. */
  public static ColumnParts stage(Path outputDir) throws IOException {
    if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw new IllegalArgumentException("the output " + outputDir + " exists and is not a folder;"
          + " choose another -o");
    }
    Path created = Files.isDirectory(outputDir) ? null : outputDir;
    Files.createDirectories(outputDir);
    return new ColumnParts(Files.createTempDirectory(outputDir, ".columns-"), created);
  }

  @Override
  public void accept(Dataset dataset, int part, KernelOutputs outputs) throws IOException {
    OutputWriter.writeColumns(staging.resolve(OutputWriter.fileName(dataset.name())), outputs, part);
  }

  /** Stages a copy of the Parquet file {@code source} as part {@code part} of {@code folder}. */
  void copy(Path folder, int part, Path source) throws IOException {
    Files.createDirectories(staging.resolve(folder));
    Files.copy(source, staging.resolve(folder).resolve(partFile(part)));
  }

  /** The file name of part {@code part}; names sort in part order. */
  static String partFile(int part) {
    return String.format(Locale.ROOT, "part-%05d.parquet", part);
  }

  /** Replaces {@code columns} (and whatever an earlier run left there) with the staged parts. */
  void commit(Path columns) throws IOException {
    deleteTree(columns);
    Files.move(staging, columns);
    committed = true;
  }

  /** Deletes the staged parts unless they were committed, and the output folder it created. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    deleteTree(staging);
    if (created != null) {
      try (Stream<Path> left = Files.list(created)) {
        if (left.findAny().isEmpty()) {
          Files.delete(created);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
